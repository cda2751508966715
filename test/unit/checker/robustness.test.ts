import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  extractFromHtml,
  extractFromText,
  reportSchema,
} from '../../../shared/checker/node';
import { decodeFile } from '../../../shared/cli/decode';

/**
 * Bad and extreme input gets a report or a clear message, never a crash. How long each takes is
 * measured in test/bench/checker.bench.ts, not asserted here; the timeouts only stop a hang.
 */
function validReport(html: string) {
  const report = checkDocument(extractFromHtml(html).model);
  const parsed = reportSchema.safeParse(report);
  expect(parsed.success, JSON.stringify(parsed.error?.issues?.slice(0, 3))).toBe(true);
  return report;
}

describe('robustness', () => {
  it('reports an empty file', () => {
    expect(validReport('').readingLevel.reason).toBe('There is no text to measure.');
    expect(reportSchema.safeParse(checkDocument(extractFromText(''))).success).toBe(true);
  });

  it('refuses a binary file with a reason', () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    expect(decodeFile(noise, 'html')).toEqual({
      ok: false,
      reason: expect.stringMatching(/binary data/),
    });
  });

  it('reports a page with no text', () => {
    const report = validReport(
      '<html><head><title>Flyer</title></head><body><img src="flyer.jpg"></body></html>',
    );
    expect(report.languages.primary).toBeNull();
    expect(report.findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['image-alt-missing', 'text-only-in-images', 'html-lang-missing']),
    );
  });

  it('checks elements nested 10,000 deep', () => {
    const report = validReport(
      `<html lang="en"><body>${'<div>'.repeat(10_000)}<p>Deep inside, a field trip notice for families.</p>${'</div>'.repeat(10_000)}</body></html>`,
    );
    expect(report.input.notes?.[0]).toMatch(/nest 10,00\d deep/);
    expect(report.readingLevel.sentences).toBe(1);
  });

  it('checks 20 MB of HTML, saying what it left out', () => {
    const section =
      '<section><h2>News</h2><p>Dear families, the book fair opens Monday in the library. Volunteers are welcome; please sign up with your child’s teacher.</p><ul><li><a href="/fair">Book fair details</a></li></ul></section>';
    const html = `<html lang="en"><body>${section.repeat(Math.ceil((20 * 1024 * 1024) / section.length))}</body></html>`;
    expect(html.length).toBeGreaterThan(20 * 1024 * 1024);
    const report = validReport(html);
    expect(report.input.notes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^The page is very large \(21\.0 million characters of HTML\): only its first/,
        ),
        expect.stringMatching(/^Main-content detection was skipped/),
        expect.stringMatching(
          /^The text is very long \([\d,]+ words\): only the first 100,000 words were checked\.$/,
        ),
      ]),
    );
    expect(report.languages.primary).toBe('en');
  }, 120_000);

  it('checks 20 MB of plain text', () => {
    const paragraph =
      'Dear families, picture day is Tuesday. Please send your child in a clean shirt and a smile.\n\n';
    const report = checkDocument(
      extractFromText(paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length))),
    );
    expect(report.input.notes?.[0]).toMatch(/only the first 100,000 words were checked/);
    expect(report.readingLevel.words).toBeLessThanOrEqual(100_000);
  }, 120_000);

  it('survives hostile markup: unclosed tags, stray scripts, odd attributes', () => {
    const report = validReport(
      '<p>Open <b>bold <i>italic<p>Next<script>document.write("<p>x")</script><img alt><a>no href</a><input type=radio name=><table><td>cell</table>',
    );
    expect(report.findings.length).toBeGreaterThan(0);
  });

  // A base64 image pasted into an e-mail is one "word" of tens of thousands of letters: the
  // `syllable` package's patterns took 6.5 s on 50,000 and over 100 s on a million.
  it('checks a run of 200,000 letters without spaces as one word', () => {
    const pasted = `Dear families, here is the photo of the fair.\n\n${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg'.repeat(2000)}\n\nThank you for coming to the fair. Please bring a friend next time.`;
    const report = checkDocument(extractFromText(pasted));
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.languages.primary).toBe('en');
    expect(report.readingLevel.grade).toBeLessThan(6);
    expect(report.readingLevel.sentences).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it('checks 20 MB of text without a space', () => {
    // A paragraph of prose first: the run alone has no real words, so no language to measure in.
    const prose = 'Please read this note with your child and sign it before Friday.';
    const report = checkDocument(extractFromText(`${prose}\n\n${'x'.repeat(20 * 1024 * 1024)}`));
    expect(reportSchema.safeParse(report).success).toBe(true);
    expect(report.languages.detected).toEqual([{ language: 'en', share: 1, blocks: 1 }]);
    expect(report.readingLevel.words).toBe(12 + 1);
    expect(report.input.notes).toEqual(
      expect.arrayContaining([
        "1 word longer than 45 letters (pasted data such as an image's code, not prose) was counted as one word of one syllable in the reading level.",
      ]),
    );
  }, 60_000);
});
