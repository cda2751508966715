import type { Report } from '../../shared/checker';
import type { Translate } from './export-markdown';

/** The panel's and the export's wording for a message in a language outside the district's list. */
export function outsideListNote(
  language: string,
  report: Report,
  { t, languageName }: { t: Translate; languageName: (code: string) => string },
): string {
  return t('reportOutsideList', [
    `${languageName(language)} (${language})`,
    report.options.languages.join(', '),
  ]);
}
