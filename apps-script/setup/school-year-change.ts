/**
 * Changing the school year in setup only relabels the ratings already entered; "Start new school
 * year" is what archives them and clears the rating sheets. The setup sidebar says so before
 * saving, and saves a new year only once the team confirms. Plain text, no DOM: tested in node.
 */

import { sameSchoolYear } from '../workbook/school-year-stamps';

/**
 * Whether setup would save a different year than the workbook's, compared as the Evidence log's
 * rows are: "2025-2026" typed over "2025-26" is the same year, and needs no warning.
 */
export function schoolYearChanges(saved: string | undefined, typed: string): boolean {
  return (
    saved !== undefined &&
    saved.trim() !== '' &&
    typed.trim() !== '' &&
    !sameSchoolYear(saved, typed)
  );
}

/** What the sidebar shows while the year typed differs from the workbook's. */
export function schoolYearChangeWarning(
  saved: string,
  typed: string,
): {
  warning: string;
  confirmLabel: string;
  unconfirmed: string;
} {
  const before = saved.trim();
  const next = typed.trim();
  const confirmLabel = `Yes, count the ratings already entered for ${next}`;
  return {
    warning: `Changing the year here does not start a new school year: any ratings already entered stay on the rating sheets and count for ${next}. If ${before} has ended, put ${before} back here and choose "Start new school year" from the add-on menu instead: it archives ${before}’s ratings and notes to "Ratings archive" first and gives ${next} empty rating sheets.`,
    confirmLabel,
    unconfirmed: `Tick "${confirmLabel}" to save the new year, or put ${before} back.`,
  };
}
