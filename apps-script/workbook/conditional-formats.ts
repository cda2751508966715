import type { ConditionalFormat, RangeRef } from './plan';

/**
 * A sheet's conditional formats belong partly to the team (a highlight they added on the Action
 * plan) and partly to the add-on (level colours, status colours). Google keeps no marker on a
 * rule, so the add-on recognises its own by what it builds: the same condition, the same colours,
 * on columns it formats. Only those are replaced; every other rule stays, in its order.
 */

/** A rule already on the sheet, as the adapter reads it from Google's ConditionalFormatRule. */
export interface ExistingConditionalFormat {
  /** The BooleanCriteria name (TEXT_EQUAL_TO, CUSTOM_FORMULA, NUMBER_BETWEEN…); absent for a gradient. */
  criteria?: string;
  values: unknown[];
  /** "#rrggbb", when the rule sets one. */
  background?: string;
  fontColor?: string;
  ranges: RangeRef[];
}

/**
 * What the sheet should hold: an existing rule (by index) left as it is, or one of ours to build.
 * `drop`: a team's rule left out because none of its range is on the sheet any more, with the
 * sentence that tells the team which rule and why.
 */
export type MergedConditionalFormat =
  | { keep: number }
  | { build: ConditionalFormat }
  | { drop: number; notice: string };

/** The sheet's grid, to tell a rule whose range is gone. */
export interface SheetSize {
  name: string;
  rows: number;
  columns: number;
}

/** The BooleanCriteria name and values Google reports for a rule the add-on built. */
function criteriaOf(format: ConditionalFormat): { criteria: string; values: unknown[] } {
  const { when } = format;
  if ('textEqualTo' in when) return { criteria: 'TEXT_EQUAL_TO', values: [when.textEqualTo] };
  if ('formula' in when) return { criteria: 'CUSTOM_FORMULA', values: [when.formula] };
  return { criteria: 'NUMBER_BETWEEN', values: [...when.numberBetween] };
}

const sameColour = (a: string | undefined, b: string | undefined) =>
  (a ?? '').toLowerCase() === (b ?? '').toLowerCase();

const columnsOverlap = (a: RangeRef, b: RangeRef) =>
  a.column <= b.column + b.columns - 1 && b.column <= a.column + a.columns - 1;

/**
 * Whether a rule on the sheet is one the add-on made: one of the planned formats has its
 * condition and colours, and each of its ranges lies on a column that format covers. Rows are
 * not compared (the add-on's ranges grow with the table, and Google moves ranges with the cells),
 * nor are columns moved by the team (the plan finds our columns where they are now).
 */
export function isOwnConditionalFormat(
  existing: ExistingConditionalFormat,
  planned: readonly ConditionalFormat[],
): boolean {
  if (existing.criteria === undefined || existing.ranges.length === 0) return false;
  return planned.some((format) => {
    const { criteria, values } = criteriaOf(format);
    return (
      criteria === existing.criteria &&
      values.length === existing.values.length &&
      values.every((v, i) => String(v) === String(existing.values[i])) &&
      sameColour(format.background, existing.background) &&
      sameColour(format.fontColor, existing.fontColor) &&
      existing.ranges.every((range) => format.ranges.some((ours) => columnsOverlap(range, ours)))
    );
  });
}

const inside = (range: RangeRef, size: SheetSize) =>
  range.rows > 0 && range.columns > 0 && range.row <= size.rows && range.column <= size.columns;

/** How Format › Conditional formatting names the conditions the add-on reads most often. */
const CONDITION_LABELS: Record<string, string> = {
  TEXT_EQUAL_TO: 'Text is exactly',
  TEXT_CONTAINS: 'Text contains',
  CUSTOM_FORMULA: 'Custom formula is',
  NUMBER_BETWEEN: 'Is between',
  NUMBER_LESS_THAN: 'Less than',
  NUMBER_GREATER_THAN: 'Greater than',
  CELL_EMPTY: 'Is empty',
  CELL_NOT_EMPTY: 'Is not empty',
};

/** A rule as the team sees it in Format › Conditional formatting, e.g. `"Text is exactly Done", fill #d9ead3`. */
export function describeTeamRule(rule: ExistingConditionalFormat): string {
  const label =
    rule.criteria === undefined
      ? 'Colour scale'
      : (CONDITION_LABELS[rule.criteria] ?? rule.criteria.toLowerCase().replace(/_/g, ' '));
  const what = [label, rule.values.map(String).join(' and ')].filter(Boolean).join(' ');
  const colour = rule.background ? `, fill ${rule.background}` : '';
  return `"${what}"${colour}`;
}

/**
 * The sheet's rules after a rebuild: the team's rules in their order, with the add-on's planned
 * rules where the first of its old ones was (so precedence between them stays as the team saw
 * it), or after the team's rules when the sheet had none of ours. With `size`, a team's rule none
 * of whose range is on the sheet any more is dropped, saying which and why; one whose range is
 * still there is always kept.
 */
export function mergeConditionalFormats(
  existing: readonly ExistingConditionalFormat[],
  planned: readonly ConditionalFormat[],
  size?: SheetSize,
): MergedConditionalFormat[] {
  const ours = planned.map((format) => ({ build: format }));
  const merged: MergedConditionalFormat[] = [];
  let placed = false;
  existing.forEach((rule, index) => {
    if (!isOwnConditionalFormat(rule, planned)) {
      if (size && !rule.ranges.some((range) => inside(range, size))) {
        merged.push({
          drop: index,
          notice: `Sheet "${size.name}": your conditional formatting rule ${describeTeamRule(rule)} was removed because the cells it applied to are no longer on the sheet.`,
        });
      } else merged.push({ keep: index });
    } else if (!placed) {
      merged.push(...ours);
      placed = true;
    }
  });
  if (!placed) merged.push(...ours);
  return merged;
}
