/**
 * Changing the school year in setup only relabels the ratings already entered; "Start new school
 * year" is what archives them and clears the rating sheets. The setup sidebar says so before
 * saving, and saves a new year only once the team confirms. Plain text, no DOM: tested in node.
 */

/** Whether setup would save a different year than the workbook's (compared as setup's notice does). */
export function schoolYearChanges(saved: string | undefined, typed: string): boolean {
  const next = typed.trim();
  return (
    saved !== undefined &&
    saved.trim() !== '' &&
    next !== '' &&
    saved.trim().toLocaleLowerCase() !== next.toLocaleLowerCase()
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
