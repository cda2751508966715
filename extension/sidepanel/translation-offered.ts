import type { Report } from '../../shared/checker';
import type { Translate } from './export-markdown';

/**
 * The summary's answer to "Translation offered": "no", "yes (Spanish, Vietnamese)", or "yes"
 * alone when the message offers translation without naming a language.
 */
export function translationOfferedText(
  report: Report,
  t: Translate,
  languageName: (code: string) => string,
): string {
  if (!report.translation.offered) return t('reportTranslationNo');
  const named = report.translation.languages.map(languageName).join(', ');
  return named ? t('reportTranslationYes', named) : t('reportTranslationYesUnnamed');
}
