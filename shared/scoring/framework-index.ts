import { type Framework, type FrameworkNode, frameworkNodes } from '../frameworks';
import { withArticle } from './location';

/** A framework's items numbered once, so scoring can count in flat arrays. */
export interface FrameworkIndex {
  framework: Framework;
  /** Every node in source order (outer levels before their children). */
  nodes: FrameworkNode[];
  nodeIndex: Map<string, number>;
  /** Positions in `nodes` of the rated items, in source order. */
  rated: number[];
  /** For each node, the positions of itself and its ancestors that sit at or above the rated level. */
  rollUp: number[][];
}

const cache = new WeakMap<Framework, FrameworkIndex>();

export function indexFramework(framework: Framework): FrameworkIndex {
  const cached = cache.get(framework);
  if (cached) return cached;
  const nodes = frameworkNodes(framework);
  const nodeIndex = new Map(nodes.map((node, i) => [node.id, i]));
  const rated: number[] = [];
  const rollUp: number[][] = nodes.map((node, i) => {
    if (node.level === framework.ratedLevel) rated.push(i);
    return [i, ...node.parentIds.map((id) => nodeIndex.get(id) ?? -1)].filter((j) => j >= 0);
  });
  const index = { framework, nodes, nodeIndex, rated, rollUp };
  cache.set(framework, index);
  return index;
}

/**
 * Finds the item of a level (by default the rated one) a cell names: its id ("2.1.4"), optionally after the level's name
 * ("Indicator 2.1.4"). An id of another level, or no id of this framework, is explained.
 */
export function resolveItem(
  index: FrameworkIndex,
  text: string,
  level: 1 | 2 | 3 = index.framework.ratedLevel,
): { ok: true; id: string } | { ok: false; reason: string } {
  const { framework } = index;
  const wantedName = framework.levels[level - 1];
  let id = text.trim();
  for (const name of framework.levels) {
    if (id.toLowerCase().startsWith(`${name.toLowerCase()} `)) {
      id = id.slice(name.length).trim();
      break;
    }
  }
  const position = index.nodeIndex.get(id);
  const node = position === undefined ? undefined : index.nodes[position];
  if (node && node.level === level) return { ok: true, id };
  const where = `${framework.name} (${framework.edition})`;
  if (node) {
    const levelName = framework.levels[node.level - 1];
    return {
      ok: false,
      reason: `"${id}" is ${withArticle(levelName ?? '')} of ${where}; ${withArticle(wantedName ?? '')} is expected here.`,
    };
  }
  const example = index.nodes.find((n) => n.level === level)?.id ?? '1';
  const shown = text.length > 60 ? `${text.slice(0, 60)}…` : text;
  return {
    ok: false,
    reason: `"${shown}" is not ${withArticle(wantedName ?? '')} of ${where}. Use an id such as ${example}.`,
  };
}

/**
 * An item id cell as `readIdentifier` read it, checked against the framework when there is one
 * (without one, any id is taken as typed).
 */
export function resolveItemCell(
  cell: { ok: true; text: string } | { ok: false; reason: string },
  index: FrameworkIndex | undefined,
  level?: 1 | 2 | 3,
): { ok: true; id: string } | { ok: false; reason: string } {
  if (!cell.ok) return cell;
  return index ? resolveItem(index, cell.text, level) : { ok: true, id: cell.text };
}
