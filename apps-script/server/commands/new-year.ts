import { LIMITS } from '../../setup/settings';
import { sameSchoolYear } from '../../workbook/school-year-stamps';
import { UserError } from '../../workbook/user-error';
import { alert, confirm, prompt, withDocumentLock } from '../sheet-adapter';
import { runMenuCommand } from './run';
import { rebuild, requireStored, saveStored } from './workbook-state';

/** "2025-26" -> "2026-27"; "2025-2026" -> "2026-2027"; otherwise nothing to suggest. */
export function nextSchoolYear(year: string): string | undefined {
  const short = /^(\d{4})\s*[-–/]\s*(\d{2})$/.exec(year.trim());
  if (short) {
    const start = Number(short[1]) + 1;
    return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
  }
  const long = /^(\d{4})\s*[-–/]\s*(\d{4})$/.exec(year.trim());
  if (long) return `${Number(long[1]) + 1}-${Number(long[2]) + 1}`;
  if (/^\d{4}$/.test(year.trim())) return String(Number(year.trim()) + 1);
  return undefined;
}

/**
 * Archives this year's ratings (to "Ratings archive", saved before anything is cleared), then
 * clears the rating cells for the new year and shows the change against last year. Evidence log
 * rows and survey answers stay where the team put them, stamped with last year in their School
 * year column, so they are kept but no longer counted.
 */
export function startNewSchoolYear(): void {
  runMenuCommand('Start new school year', () => {
    const stored = requireStored();
    const current = stored.settings.schoolYear;
    const suggestion = nextSchoolYear(current);
    const typed = prompt(
      'Start new school year',
      `This year is ${current}. Which school year starts now?${suggestion ? ` (for example ${suggestion})` : ''}`,
    );
    if (typed === undefined) return;
    const year = typed.trim() || suggestion || '';
    if (year === '') throw new UserError('Type the new school year, such as 2026-27.');
    if (year.length > LIMITS.schoolYear)
      throw new UserError(`The school year can be at most ${LIMITS.schoolYear} characters.`);
    if (sameSchoolYear(year, current)) {
      // "2025-2026" typed over "2025-26" is the same year: named as the team typed it.
      const which = year === current ? current : `${year} (${current})`;
      throw new UserError(`${which} is already this school year. Type the year that starts now.`);
    }
    if (
      !confirm(
        'Start new school year',
        `Every rating and note for ${current} will be copied to "Ratings archive", then the rating sheets will be cleared for ${year}. Rows in "Evidence log" and answers in "Family survey" are not deleted: the ones without a school year get ${current} in their School year column and are no longer counted. The Dashboard, Priorities and the family comparison will start again from nothing, and "Year over year" will compare ${year} with ${current}. Continue?`,
      )
    ) {
      return;
    }
    const result = withDocumentLock(() => {
      const fresh = requireStored();
      const settings = { ...fresh.settings, schoolYear: year };
      const built = rebuild({
        mode: 'new-year',
        settings,
        customJson: fresh.customJson,
        archivedYear: fresh.settings.schoolYear,
      });
      // Saved after the archive is written: if anything failed before, this year is still this year.
      saveStored({ ...fresh, settings });
      return built;
    });
    const { evidenceRows, surveyRows } = result.keptInPlace;
    const kept =
      evidenceRows + surveyRows > 0
        ? ` ${plural(evidenceRows, 'Evidence log row')} and ${plural(surveyRows, 'Family survey row')} are kept where they were, marked ${current}, and no longer counted.`
        : '';
    alert(
      'New school year started',
      `${result.archived} rating${result.archived === 1 ? '' : 's'} and notes from ${current} are in "Ratings archive".${kept} The rating sheets are ready for ${year}.${result.notices.length ? `\n${result.notices.join('\n')}` : ''}`,
    );
  });
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
