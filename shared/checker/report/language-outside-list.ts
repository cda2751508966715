import { languageName } from '../language/codes';
import type { Report } from '../report';

/**
 * What to tell the user when the message's primary language is not one of the district's
 * languages (detection found it outside the list), or null when it is one of them.
 */
export function languageOutsideListNote(report: Report, howToAdd: string): string | null {
  const primary = primaryOutsideList(report);
  if (!primary) return null;
  return `Primary language: ${languageName(primary)} (${primary}), which is not in your district's list (${report.options.languages.join(', ')}). ${howToAdd}`;
}

/** The message's primary language when it is not one of the district's languages, else null. */
export function primaryOutsideList(report: Report): string | null {
  const { primary } = report.languages;
  return primary && !report.options.languages.includes(primary) ? primary : null;
}
