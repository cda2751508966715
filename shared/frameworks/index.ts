import { type DataProblem, parseJsonText, problemsFromZod } from '../validation';
import kbR from './data/kb-r.json' with { type: 'json' };
import pta2008 from './data/pta-2008.json' with { type: 'json' };
import pta2022 from './data/pta-2022.json' with { type: 'json' };
import { type Framework, frameworkSchema } from './schema';

export type { Framework, Level1Item, Level2Item, Level3Item } from './schema';
export { frameworkSchema } from './schema';

/** One item of a framework at any level, with what a reader needs to place it. */
export interface FrameworkNode {
  id: string;
  level: 1 | 2 | 3;
  /** The framework's own name for the level: "Standard", "Goal", "Area"... */
  levelName: string;
  title?: string;
  text?: string;
  question?: string;
  notes?: string[];
  actionSteps?: string[];
  /** Ids of the enclosing items, outermost first. */
  parentIds: string[];
}

export type FrameworkResult =
  | { ok: true; framework: Framework }
  | { ok: false; problems: DataProblem[] };

/** Validate any value as a framework; every problem names its JSON path. */
export function parseFramework(value: unknown): FrameworkResult {
  const result = frameworkSchema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, framework: result.data };
  return { ok: false, problems: problemsFromZod(result.error.issues) };
}

/** Validate framework JSON as text, as a district pastes or uploads it. */
export function parseFrameworkJson(text: string): FrameworkResult {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  return parseFramework(json.value);
}

function mustParse(value: unknown, file: string): Framework {
  const result = parseFramework(value);
  if (!result.ok) {
    const detail = result.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new Error(`Built-in framework ${file} is invalid: ${detail}`);
  }
  return result.framework;
}

export const BUILT_IN_FRAMEWORK_IDS = ['pta-2022', 'pta-2008', 'kb-r'] as const;
export type BuiltInFrameworkId = (typeof BUILT_IN_FRAMEWORK_IDS)[number];

let builtIns: Record<BuiltInFrameworkId, Framework> | undefined;

/** The frameworks shipped with the toolkit, validated once on first use. */
export function builtInFrameworks(): Record<BuiltInFrameworkId, Framework> {
  builtIns ??= {
    'pta-2022': mustParse(pta2022, 'pta-2022.json'),
    'pta-2008': mustParse(pta2008, 'pta-2008.json'),
    'kb-r': mustParse(kbR, 'kb-r.json'),
  };
  return builtIns;
}

export function isBuiltInFrameworkId(id: string): id is BuiltInFrameworkId {
  return (BUILT_IN_FRAMEWORK_IDS as readonly string[]).includes(id);
}

export function builtInFramework(id: BuiltInFrameworkId): Framework {
  return builtInFrameworks()[id];
}

const nodeCache = new WeakMap<Framework, FrameworkNode[]>();

/** Every item of the framework in source order, outer levels before their children. */
export function frameworkNodes(framework: Framework): FrameworkNode[] {
  const cached = nodeCache.get(framework);
  if (cached) return cached;
  const [name1, name2, name3] = framework.levels;
  const out: FrameworkNode[] = [];
  for (const l1 of framework.items) {
    out.push({
      ...pick(l1),
      level: 1,
      levelName: name1,
      parentIds: [],
      actionSteps: l1.actionSteps,
    });
    for (const l2 of l1.children ?? []) {
      out.push({
        ...pick(l2),
        level: 2,
        levelName: name2,
        question: l2.question,
        parentIds: [l1.id],
      });
      for (const l3 of l2.children ?? []) {
        out.push({ ...pick(l3), level: 3, levelName: name3, parentIds: [l1.id, l2.id] });
      }
    }
  }
  nodeCache.set(framework, out);
  return out;
}

function pick(item: { id: string; title?: string; text?: string; notes?: string[] }) {
  return { id: item.id, title: item.title, text: item.text, notes: item.notes };
}

/** The items a team rates: indicators for PTA 2022 and KB-R, standards for PTA 2008. */
export function ratedNodes(framework: Framework): FrameworkNode[] {
  return frameworkNodes(framework).filter((n) => n.level === framework.ratedLevel);
}

export function findNode(framework: Framework, id: string): FrameworkNode | undefined {
  return frameworkNodes(framework).find((n) => n.id === id);
}

/** The node's short label: its title where it has one, else its text. */
export function nodeLabel(node: Pick<FrameworkNode, 'title' | 'text'>): string {
  return node.title ?? node.text ?? '';
}

/**
 * A citation a team can paste into minutes or an action plan, e.g.
 * "National PTA, National Standards for Family-School Partnerships (2022), Indicator 2.1.2: Address access by…".
 */
export function citation(framework: Framework, id: string): string {
  const node = findNode(framework, id);
  if (!node) throw new Error(`No item "${id}" in framework ${framework.id}`);
  const by = framework.publisher ? `${framework.publisher}, ` : '';
  const label = node.text && node.title ? `${node.title}: ${node.text}` : nodeLabel(node);
  return `${by}${framework.name} (${framework.edition}), ${node.levelName} ${node.id}: ${label}`;
}
