import {
  LEVEL_OF_MEAN_THRESHOLDS,
  SCORED_LEVELS,
  TEAM_SCALE,
  teamLevelLabel,
  teamScore,
} from '../../shared/scoring';
import { columnLetter, equalsCriterion, textLiteral } from './cells';
import type { RatingsLayout } from './ratings-table';

/**
 * The dashboard's statistics as formulas over the Ratings table: counts per level with COUNTIFS,
 * everything else from those counts in the same row, exactly as the scoring core derives its
 * summaries from counts (shared/scoring/level-summary.ts). Only functions Google Sheets and
 * LibreOffice both compute: COUNTIFS, AVERAGEIFS, SUM, MAX, SQRT, IF, IFERROR, INDEX, MATCH.
 */
export const STAT_COLUMNS = [
  { key: 'label', header: '', width: 230 },
  { key: 'n', header: 'Responses', width: 80 },
  { key: 'scored', header: 'Scored', width: 65 },
  { key: 'mean', header: 'Mean (0–3)', width: 80 },
  { key: 'level', header: 'Level', width: 95 },
  { key: 'excelling', header: 'Excelling', width: 75 },
  { key: 'progressing', header: 'Progressing', width: 85 },
  { key: 'emerging', header: 'Emerging', width: 75 },
  { key: 'below', header: 'Below', width: 60 },
  { key: 'not-sure', header: 'Not sure', width: 65 },
  { key: 'shareProgressing', header: 'At Progressing or above', width: 100 },
  { key: 'sd', header: 'Spread (SD)', width: 75 },
  { key: 'min', header: 'Lowest', width: 60 },
  { key: 'max', header: 'Highest', width: 60 },
  { key: 'agreement', header: 'Agreement', width: 80 },
] as const;

export type StatKey = (typeof STAT_COLUMNS)[number]['key'];

export function statColumn(key: StatKey): number {
  return STAT_COLUMNS.findIndex((c) => c.key === key) + 1;
}

const letter = (key: StatKey) => columnLetter(statColumn(key));

/** Which Ratings rows a dashboard row counts: a standard, a goal, or all of them. */
export type Group = { by: 'standard' | 'goal'; label: string } | { by: 'all' };

/** The formulas (or the label) of one statistics row at sheet row `row`. */
export function statRow(
  label: string,
  group: Group,
  ratings: RatingsLayout,
  row: number,
): Array<string | { formula: string }> {
  const cell = (key: StatKey) => `${letter(key)}${row}`;
  const count = (levelLabel: string) => {
    const conditions = [`${ratings.range('rating')},${equalsCriterion(levelLabel)}`];
    if (group.by !== 'all')
      conditions.unshift(`${ratings.range(group.by)},${equalsCriterion(group.label)}`);
    return `=COUNTIFS(${conditions.join(',')})`;
  };
  const scored = SCORED_LEVELS.map((level) => cell(level));
  const weighted = SCORED_LEVELS.map((level) => `${teamScore(level)}*${cell(level)}`).join('+');
  const squares = SCORED_LEVELS.map(
    (level) => `${cell(level)}*(${teamScore(level)}-${cell('mean')})^2`,
  ).join('+');
  const [below, emerging, progressing, excelling] = SCORED_LEVELS.map((level) => cell(level));
  const none = `${cell('scored')}=0`;
  return [
    label,
    { formula: `=SUM(${cell('excelling')}:${cell('not-sure')})` },
    { formula: `=SUM(${scored.join(',')})` },
    { formula: `=IF(${none},"",(${weighted})/${cell('scored')})` },
    { formula: `=IF(${none},"",${levelOfMeanFormula(cell('mean'))})` },
    ...TEAM_SCALE.map((entry) => ({ formula: count(teamLevelLabel(entry.level)) })),
    { formula: `=IF(${none},"",(${progressing}+${excelling})/${cell('scored')})` },
    { formula: `=IF(${none},"",SQRT((${squares})/${cell('scored')}))` },
    { formula: `=IF(${none},"",IF(${below}>0,0,IF(${emerging}>0,1,IF(${progressing}>0,2,3))))` },
    {
      formula: `=IF(${none},"",IF(${excelling}>0,3,IF(${progressing}>0,2,IF(${emerging}>0,1,0))))`,
    },
    { formula: `=IF(${none},"",MAX(${scored.join(',')})/${cell('scored')})` },
  ];
}

/** The level a mean names, with the scoring core's thresholds (nearest level). */
export function levelOfMeanFormula(meanCell: string): string {
  const steps = LEVEL_OF_MEAN_THRESHOLDS.filter((t) => Number.isFinite(t.atLeast));
  const last = LEVEL_OF_MEAN_THRESHOLDS.find((t) => !Number.isFinite(t.atLeast));
  let out = textLiteral(teamLevelLabel(last?.level ?? 'below'));
  for (const step of [...steps].reverse()) {
    out = `IF(${meanCell}>=${step.atLeast},${textLiteral(teamLevelLabel(step.level))},${out})`;
  }
  return out;
}

/** Mean score of one role for one standard (blank when that role gave no scored rating). */
export function roleMeanFormula(
  ratings: RatingsLayout,
  standardLabel: string | undefined,
  roleLabel: string,
): string {
  const conditions = [`${ratings.range('role')},${equalsCriterion(roleLabel)}`];
  if (standardLabel !== undefined)
    conditions.unshift(`${ratings.range('standard')},${equalsCriterion(standardLabel)}`);
  return `=IFERROR(AVERAGEIFS(${ratings.range('score')},${conditions.join(',')}),"")`;
}
