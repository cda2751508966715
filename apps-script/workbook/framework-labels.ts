import {
  type Framework,
  type FrameworkNode,
  frameworkNodes,
  nodeLabel,
} from '../../shared/frameworks';
import { shorten } from './sheet-names';

/** One rated item with the labels every sheet shows beside it. */
export interface RatedItem {
  id: string;
  /** "1 Welcome All Families": the standard (level-1 item) the item sits in. */
  standard: string;
  standardId: string;
  /** "1.1 Build a Community of Belonging", or "" when the framework rates level 1 or 2 items. */
  goal: string;
  goalId: string;
  /** The item's own wording. */
  text: string;
  /** The guiding question of the item's goal, where the framework has one. */
  question?: string;
}

const LABEL_LENGTH = 70;

/**
 * The label a standard or goal goes by in every table, pivot table and chart: its id, then its
 * title. The dashboard's formulas match on it, so it must be built by this one function.
 */
export function groupLabel(node: Pick<FrameworkNode, 'id' | 'title' | 'text'>): string {
  return `${node.id} ${shorten(nodeLabel(node).replace(/\s+/g, ' ').trim(), LABEL_LENGTH)}`;
}

/** The rated items of a framework, optionally only those under the given standards. */
export function ratedItems(framework: Framework, standardIds?: readonly string[]): RatedItem[] {
  const nodes = frameworkNodes(framework);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const out: RatedItem[] = [];
  for (const node of nodes) {
    if (node.level !== framework.ratedLevel) continue;
    const standard = node.level === 1 ? node : byId.get(node.parentIds[0] ?? '');
    if (!standard) continue;
    if (standardIds && !standardIds.includes(standard.id)) continue;
    const goal = node.level === 3 ? byId.get(node.parentIds[1] ?? '') : undefined;
    const questionSource = node.level === 2 ? node : goal;
    const item: RatedItem = {
      id: node.id,
      standard: groupLabel(standard),
      standardId: standard.id,
      goal: goal ? groupLabel(goal) : '',
      goalId: goal?.id ?? '',
      text: node.level === 1 ? (node.text ?? node.title ?? '') : nodeLabel(node),
    };
    if (questionSource?.question) item.question = questionSource.question;
    out.push(item);
  }
  return out;
}

export function standards(framework: Framework): FrameworkNode[] {
  return frameworkNodes(framework).filter((n) => n.level === 1);
}

/** Level-2 items (goals), only when the framework rates below them. */
export function goals(framework: Framework): FrameworkNode[] {
  return framework.ratedLevel === 3 ? frameworkNodes(framework).filter((n) => n.level === 2) : [];
}
