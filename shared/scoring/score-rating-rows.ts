import type { Framework } from '../frameworks';
import { type AssessmentScores, aggregateRatings } from './aggregate-ratings';
import { parseRatingRows } from './parse-rating-rows';
import type { BlankRow } from './row-fields';
import type { ValueError } from './types';

export interface ScoredRows {
  scores: AssessmentScores;
  /** Rows not rated yet. */
  blanks: BlankRow[];
  /** Every problem, from reading the cells and from counting (duplicates), in that order. */
  errors: ValueError[];
  rows: number;
}

/** Rows as read from the workbook to scores, in one call: what the add-on's dashboard needs. */
export function scoreRatingRows(framework: Framework, rows: Iterable<unknown>): ScoredRows {
  let count = 0;
  const counted = (function* () {
    for (const row of rows) {
      count++;
      yield row;
    }
  })();
  const parsed = parseRatingRows(counted, { framework });
  const scores = aggregateRatings(framework, parsed.ratings);
  return {
    scores,
    blanks: parsed.blanks,
    errors: [...parsed.errors, ...scores.errors],
    rows: count,
  };
}
