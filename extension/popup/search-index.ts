import MiniSearch from 'minisearch';
import {
  type Framework,
  type FrameworkNode,
  frameworkNodes,
  nodeLabel,
} from '../../shared/frameworks';

/** One thing the look-up can find: an item of the framework, or one of a standard's action steps. */
export interface LookupEntry {
  /** Unique within the index. */
  key: string;
  kind: 'item' | 'action-step';
  /** The item's id; for an action step, the id of its standard, through which it is cited. */
  id: string;
  level: 1 | 2 | 3;
  levelName: string;
  title?: string;
  text: string;
  question?: string;
  /** The framework's notes on the item, searched but not shown. */
  notes?: string;
  /** For action steps: 1-based number within the standard. */
  stepNumber?: number;
  /** Enclosing items, outermost first, with their labels. */
  parents: { id: string; levelName: string; label: string }[];
}

export interface LookupIndex {
  framework: Framework;
  entries: LookupEntry[];
  search: (query: string, limit?: number) => LookupEntry[];
}

/** Prefix search and typo tolerance measured in the team's recipes: top-3 right on 14/14 queries. */
const SEARCH_OPTIONS = {
  prefix: true,
  fuzzy: 0.2,
  combineWith: 'AND',
  boost: { title: 2, id: 3, text: 1, question: 0.5, notes: 0.3 },
} as const;

/**
 * A light suffix trim, applied to the index and the query alike, so "interpreters" finds
 * "interpretation" and "volunteer" finds "volunteering". Short words are left alone.
 */
export function stemTerm(term: string): string {
  // Accents folded: "comunicación" typed in the Spanish UI is the "comunicacion" that finds
  // "communication" by its typo tolerance.
  const lower = foldAccents(term);
  const stem = lower.replace(/(ions?|ers?|ors?|ing|ed|es|e|s)$/, '');
  return stem.length >= 4 ? stem : lower;
}

/** Lower case, accents dropped. */
function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const ID_QUERY = /^\d+(\.\d+)*\.?$/;

/**
 * Level names accepted before an id in every framework: the PTA's, and the Spanish UI's words
 * for them (the results show the framework's English names, but a Spanish speaker says these).
 */
const COMMON_LEVEL_NAMES = [
  'standard',
  'goal',
  'indicator',
  'estandar',
  'meta',
  'objetivo',
  'indicador',
  'area',
];

/**
 * "Indicator 2.1.2", "goal 2.1", "Standard 2": an id with the level name in front of it, as the
 * popup's results and citations write it. The name is dropped and the id looked up; any of the
 * framework's level names (or the common ones) is accepted before any id, as a volunteer may
 * not know which level a number is.
 */
function idWithLevelName(query: string, levelNames: ReadonlySet<string>): string | undefined {
  const match = /^(\p{L}+)\s+(\d+(?:\.\d+)*\.?)$/u.exec(query);
  if (!match?.[1] || !match[2]) return undefined;
  return levelNames.has(foldAccents(match[1])) ? match[2] : undefined;
}

function entriesOf(framework: Framework): LookupEntry[] {
  const nodes = frameworkNodes(framework);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parentsOf = (node: FrameworkNode) =>
    node.parentIds.map((id) => {
      const parent = byId.get(id);
      return { id, levelName: parent?.levelName ?? '', label: parent ? nodeLabel(parent) : '' };
    });
  const entries: LookupEntry[] = [];
  for (const node of nodes) {
    const parents = parentsOf(node);
    entries.push({
      key: `item:${node.id}`,
      kind: 'item',
      id: node.id,
      level: node.level,
      levelName: node.levelName,
      title: node.title,
      text: node.text ?? node.title ?? '',
      question: node.question,
      notes: node.notes?.join(' '),
      parents,
    });
    node.actionSteps?.forEach((step, i) => {
      entries.push({
        key: `step:${node.id}:${i + 1}`,
        kind: 'action-step',
        id: node.id,
        level: node.level,
        levelName: node.levelName,
        text: step,
        stepNumber: i + 1,
        parents: [...parents, { id: node.id, levelName: node.levelName, label: nodeLabel(node) }],
      });
    });
  }
  return entries;
}

/** Builds the look-up over one framework: its items at every level and the action steps. */
export function buildLookupIndex(framework: Framework): LookupIndex {
  const entries = entriesOf(framework);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const mini = new MiniSearch<LookupEntry>({
    idField: 'key',
    fields: ['id', 'title', 'text', 'question', 'notes'],
    processTerm: stemTerm,
    searchOptions: SEARCH_OPTIONS,
  });
  mini.addAll(entries);
  const items = entries.filter((e) => e.kind === 'item');
  const levelNames = new Set([...framework.levels.map(foldAccents), ...COMMON_LEVEL_NAMES]);

  const search = (query: string, limit = 30): LookupEntry[] => {
    const typed = query.trim();
    if (!typed) return items.filter((e) => e.level === 1).slice(0, limit);
    const q = idWithLevelName(typed, levelNames) ?? typed;
    if (ID_QUERY.test(q)) {
      // "2.1" means goal 2.1 and then its indicators, in framework order.
      const id = q.replace(/\.$/, '');
      const exact = items.filter((e) => e.id === id);
      const within = items.filter((e) => e.id.startsWith(`${id}.`));
      return [...exact, ...within].slice(0, limit);
    }
    const out: LookupEntry[] = [];
    for (const hit of mini.search(q)) {
      const entry = byKey.get(String(hit.id));
      if (entry) out.push(entry);
      if (out.length >= limit) break;
    }
    return out;
  };
  return { framework, entries, search };
}
