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
      /^No indicator rule has wording in German, the language of most of this message/,
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
      reason:
        'No indicator rule has wording in German: that part of the message was not read for them.',
    });
  });

  test('a Vietnamese notice: read, but 2.1.1 and 2.2.3 have no Vietnamese wording', () => {
    const report = checkDocument(
      extractFromText(
        'Kính gửi Quý phụ huynh,\n\nTrường sẽ đóng cửa vào ngày mai do bão tuyết. Nếu quý vị có câu hỏi, xin liên lạc với văn phòng trường.',
      ),
    );
    expect(report.languages.primary).toBe('vi');
    expect(report.summary.standard2.evidenced).toEqual(expect.arrayContaining(['2.1.5', '2.1.6']));
    expect(report.summary.standard2.notRead).toEqual({
      languages: [],
      indicators: ['2.1.1', '2.2.3'],
      reason:
        'No indicator rule has wording for 2.1.1 and 2.2.3 in Vietnamese, so they may be there though listed as not evidenced.',
    });
  });

  test('a notice in a language that cannot be told (Khmer): nothing was read, and it says so', () => {
    const report = checkDocument(
      extractFromText('ជូនចំពោះមាតាបិតា សាលានឹងបិទនៅថ្ងៃស្អែក ដោយសារព្យុះ។ សូមទាក់ទងការិយាល័យប្រសិនបើមានសំណួរ។'),
    );
    expect(report.languages.primary).toBeNull();
    expect(report.summary.standard2.notRead).toEqual({
      languages: [],
      reason: expect.stringMatching(/^The language of this message could not be told/),
    });
  });

  test('a page with no letters: no note', () => {
    const report = checkDocument(extractFromText('555-0148 · 12/03'));
    expect(report.summary.standard2.notRead).toBeUndefined();
  });
});
