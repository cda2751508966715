import type { Framework } from '../../shared/frameworks';

/** Ids the popup's hints offer as examples; each one exists in the framework being searched. */
export interface ExampleIds {
  /** For the hint before typing: an item at the framework's deepest level ("2.1.2"). */
  item: string;
  /** For the no-match hint: a shorter id, the item's parent where it has one ("2.1"). */
  broader: string;
}

/**
 * Standard 2 is the communication standard in PTA 2022 and the toolkit's focus, so the examples
 * come from the second top-level item (the first when there is only one), and, below it, from the
 * second child where there is one: in PTA 2022 that is 2.1.2, interpretation and translation. In
 * a framework of one level (PTA 2008 has standards only) both examples are the top item's id.
 */
export function exampleIds(framework: Framework): ExampleIds {
  const top = framework.items[1] ?? framework.items[0];
  if (!top) return { item: '1', broader: '1' };
  const middle = top.children?.[0];
  const deepest = middle?.children?.[1] ?? middle?.children?.[0];
  if (deepest && middle) return { item: deepest.id, broader: middle.id };
  return { item: middle?.id ?? top.id, broader: top.id };
}
