import { describe, expect, test } from 'vitest';
import {
  isPlainTextType,
  readPlainText,
  sourceRangeOf,
} from '../../../extension/content/plain-text';
import { checkDocument, extractFromText, type Finding } from '../../../shared/checker/node';

/** A district notice as a .txt file: a Markdown heading, hard-wrapped lines, a list, a link. */
const NOTICE = [
  '# Parent-Teacher Conferences',
  '',
  'Dear families, conferences are on Tuesday, 11/12, in the gym. The IEP team',
  'will also meet that day and we will utilize the time to leverage',
  'synergies between home and school.',
  '',
  '- Sign up at the office',
  '- Interpreters are available; call [the front office](tel:5551234) at 555-1234.',
  '',
  'PLEASE RETURN THE FORM BY FRIDAY.',
  '',
].join('\r\n');

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
/** A passage across a Markdown link covers the link's markup on the page, as the reader sees it. */
const withoutLinkMarkup = (text: string) => text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');

describe('text pages read as plain text', () => {
  test('message text types are read; code and data shown as text are not', () => {
    expect(['text/plain', 'text/markdown'].map(isPlainTextType)).toEqual([true, true]);
    expect(['text/html', 'text/css', 'application/json', 'image/png'].map(isPlainTextType)).toEqual(
      [false, false, false, false],
    );
  });

  test('gives the draft checker the same model, and no HTML-only finding', () => {
    const reading = readPlainText(NOTICE, { url: 'https://district.example/notice.txt' });
    const draft = extractFromText(NOTICE);
    expect(reading.model.blocks).toEqual(draft.blocks);
    expect(reading.model.url).toBe('https://district.example/notice.txt');
    const report = checkDocument(reading.model, { input: { kind: 'text' } });
    const draftReport = checkDocument(draft, { input: { kind: 'draft' } });
    const ids = report.findings.map((f) => f.ruleId);
    expect(ids).toEqual(draftReport.findings.map((f) => f.ruleId));
    expect(report.tags.map((t) => t.indicatorId)).toEqual(
      draftReport.tags.map((t) => t.indicatorId),
    );
    expect(ids.length).toBeGreaterThan(2);
    expect(ids).not.toContain('html-lang-missing');
    expect(ids).not.toContain('headings-missing');
    expect(ids).not.toContain('passage-lang-missing');
  });

  test("every finding's and tag's position maps back to its quote in the page's text", () => {
    const reading = readPlainText(NOTICE);
    const report = checkDocument(reading.model);
    const located = [...report.findings, ...report.tags].filter(
      (f) => f.position && f.position.end > f.position.start && f.quote,
    );
    expect(located.length).toBeGreaterThan(3);
    expect(located.some((f) => f.quote?.includes('the front office'))).toBe(true);
    for (const finding of located) {
      const range = sourceRangeOf(reading, finding.position as NonNullable<Finding['position']>);
      expect(range, finding.ruleId).not.toBeNull();
      const inPage = NOTICE.slice(range?.start, range?.end);
      expect(collapse(withoutLinkMarkup(inPage)), finding.ruleId).toBe(
        collapse(finding.quote as string),
      );
    }
  });

  test('a link label maps to the label, not to the Markdown around it', () => {
    const reading = readPlainText(NOTICE);
    const block = reading.model.blocks.find((b) => b.text.includes('the front office'));
    expect(block).toBeDefined();
    const start = (block?.text ?? '').indexOf('the front office');
    const range = sourceRangeOf(reading, { ref: block?.ref ?? -1, start, end: start + 16 });
    expect(NOTICE.slice(range?.start, range?.end)).toBe('the front office');
  });

  test('a selection is read alone, and maps back to page offsets', () => {
    const start = NOTICE.indexOf('PLEASE');
    const reading = readPlainText(NOTICE, { start, end: NOTICE.length });
    expect(reading.model.blocks.map((b) => b.text)).toEqual(['PLEASE RETURN THE FORM BY FRIDAY.']);
    const [block] = reading.model.blocks;
    const range = sourceRangeOf(reading, { ref: block?.ref ?? -1, start: 7, end: 13 });
    expect(NOTICE.slice(range?.start, range?.end)).toBe('RETURN');
    // A finding about the whole block (no span) covers it.
    const whole = sourceRangeOf(reading, { ref: block?.ref ?? -1, start: 0, end: 0 });
    expect(NOTICE.slice(whole?.start, whole?.end)).toBe('PLEASE RETURN THE FORM BY FRIDAY.');
  });

  test('an unknown block has no place in the page', () => {
    expect(sourceRangeOf(readPlainText(NOTICE), { ref: 999, start: 0, end: 3 })).toBeNull();
  });
});
