import { describe, expect, test } from 'vitest';
import { checkDocument, extractFromText } from '../../../../shared/checker/node';
import { reportSchema } from '../../../../shared/checker/report';

/**
 * A message in a language no indicator rule has wording for is detected and measured, but its
 * Standard 2 count would say nothing: the report says which parts were not read, and why.
 */
const GERMAN = [
  'Liebe Eltern,',
  'die Schule bleibt morgen wegen des Schneesturms geschlossen. Bitte besuchen Sie die Webseite der Schule für weitere Informationen. Wenn Sie Fragen haben, wenden Sie sich bitte an das Sekretariat.',
  'Der Elternbeirat trifft sich am Dienstag um 18 Uhr in der Bibliothek. Wir suchen noch freiwillige Helfer für das Sommerfest.',
].join('\n\n');

const ENGLISH = [
  'Dear families,',
  'School will be closed tomorrow because of the snowstorm. Please visit the school website for updates. If you have questions, please call the office.',
  'The PTA meets on Tuesday at 6 pm in the library. We still need volunteers for the summer fair.',
].join('\n\n');

const withLanguages = (languages: string[]) => ({ languages });

describe('parts of a message no indicator wording reads', () => {
  test('a German notice, German on the list: not read, and the report says so', () => {
    const report = checkDocument(extractFromText(GERMAN), withLanguages(['en', 'de']));
    expect(report.languages.primary).toBe('de');
    expect(report.summary.standard2.notRead?.languages).toEqual(['de']);
    expect(report.summary.standard2.notRead?.reason).toMatch(
      /^Indicator tags are read in .*English.* only\. This message is mostly in German/,
    );
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  test('an English notice: everything read, no note', () => {
    const report = checkDocument(extractFromText(ENGLISH), withLanguages(['en', 'de']));
    expect(report.languages.primary).toBe('en');
    expect(report.summary.standard2.evidenced.length).toBeGreaterThan(0);
    expect(report.summary.standard2.notRead).toBeUndefined();
  });

  test('an English notice with a German half: the German part is named', () => {
    const report = checkDocument(
      extractFromText(
        `${ENGLISH}\n\n${ENGLISH.replace('Dear families,', 'Reminder:')}\n\n${GERMAN}`,
      ),
      withLanguages(['en', 'de']),
    );
    expect(report.languages.primary).toBe('en');
    expect(report.summary.standard2.notRead).toEqual({
      languages: ['de'],
      reason: expect.stringMatching(/The German part of this message was not read for them\.$/),
    });
  });
});
