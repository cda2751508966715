import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CUT_MARK,
  quoteAround,
  quoteBlockStart,
} from '../../../../shared/checker/checks/text/quote';
import type { Sentence } from '../../../../shared/checker/checks/types';
import type { DocumentModel, TextBlock } from '../../../../shared/checker/document-model';
import type { Finding } from '../../../../shared/checker/finding';
import { checkDocuments, extractFromHtml, extractFromText } from '../../../../shared/checker/node';
import { repoRoot } from '../../../support/paths';

const block = (text: string): TextBlock => ({
  ref: 7,
  kind: 'paragraph',
  text,
  inMainContent: true,
});
const whole = (text: string): Sentence => ({ text, start: 0, end: text.length });

/** The quote as the README defines it: the text at `position`, with "…" on a side that was cut. */
function expectQuoteMatchesPosition(text: string, quote: string, start: number, end: number) {
  const source = text.slice(start, end);
  expect([source, CUT_MARK + source, source + CUT_MARK, CUT_MARK + source + CUT_MARK]).toContain(
    quote,
  );
}

const RUN_ON =
  'Reminders for this week include picture day on Tuesday and the book fair in the library all week long and the science night on Thursday evening with hands-on experiments for the whole family and you can find all of the details and the sign-up sheets on our school website along with photos from last month’s harvest festival and the updated lunch menu for November and the list of clubs that meet after school on Wednesdays and Fridays in the gym';

describe('quoteAround', () => {
  test.each([
    {
      name: 'a sentence short enough is quoted whole, with no mark',
      text: 'Find the full calendar on our school website before Friday.',
      match: 'school website',
      quote: 'Find the full calendar on our school website before Friday.',
    },
    {
      name: 'a run-on sentence is cut at word edges on both sides, each marked',
      text: RUN_ON,
      match: 'on our school website',
      quote:
        '…experiments for the whole family and you can find all of the details and the sign-up sheets on our school website along with photos from last month’s harvest festival and the updated lunch menu for November and…',
    },
    {
      name: 'a match near the start is cut only after it',
      text: RUN_ON,
      match: 'picture day',
      quote:
        'Reminders for this week include picture day on Tuesday and the book fair in the library all week long and the science night on Thursday evening…',
    },
    {
      name: 'a match near the end is cut only before it',
      text: RUN_ON,
      match: 'in the gym',
      quote:
        '…lunch menu for November and the list of clubs that meet after school on Wednesdays and Fridays in the gym',
    },
  ])('$name', ({ text, match, quote }) => {
    const at = text.indexOf(match);
    const hit = quoteAround(block(text), whole(text), at, at + match.length);
    expect(hit.quote).toBe(quote);
    expect(hit.position.ref).toBe(7);
    expectQuoteMatchesPosition(text, hit.quote, hit.position.start, hit.position.end);
  });

  test.each([
    ['a cut inside a word moves to the word edge', 'x'.repeat(3) + ' word'.repeat(80)],
    ['no word is cut in a sentence of long words', 'extraordinarily '.repeat(40)],
  ])('%s', (_, text) => {
    const at = text.length >> 1;
    const { quote, position } = quoteAround(block(text), whole(text), at, at + 4);
    expect(quote.startsWith(CUT_MARK) && quote.endsWith(CUT_MARK)).toBe(true);
    expect(text[position.start - 1]).toMatch(/\s/);
    expect(text[position.end]).toMatch(/\s/);
    expectQuoteMatchesPosition(text, quote, position.start, position.end);
  });

  test('text without spaces (Chinese) is cut at the character, still marked', () => {
    const text = '家长会将于星期四晚上在学校礼堂举行'.repeat(20);
    const at = text.indexOf('礼堂', 150);
    const { quote, position } = quoteAround(block(text), whole(text), at, at + 2);
    expect(quote).toBe(`${CUT_MARK}${text.slice(at - 100, at + 102)}${CUT_MARK}`);
    expect(position).toEqual({ ref: 7, start: at - 100, end: at + 102 });
  });
});

describe('quoteBlockStart', () => {
  test.each([
    {
      name: 'a short block is quoted whole',
      text: 'Este texto está en español.',
      sentences: undefined,
      quote: 'Este texto está en español.',
    },
    {
      name: 'a long block is quoted by its first sentence when that is short enough',
      text: `Las familias pueden recoger los útiles escolares el lunes. ${'Habrá café y pan dulce para todos. '.repeat(5)}`,
      sentences: [
        {
          text: 'Las familias pueden recoger los útiles escolares el lunes.',
          start: 0,
          end: 58,
        },
      ],
      quote: 'Las familias pueden recoger los útiles escolares el lunes.…',
    },
    {
      name: 'else by its first words, cut at a word edge and marked',
      text: 'palabra '.repeat(40),
      sentences: undefined,
      quote: `${'palabra '.repeat(15).trim()}${CUT_MARK}`,
    },
  ])('$name', ({ text, sentences, quote }) => {
    const hit = quoteBlockStart(block(text), 120, sentences);
    expect(hit.quote).toBe(quote);
    expectQuoteMatchesPosition(text, hit.quote, hit.position.start, hit.position.end);
  });
});

/** The text a position points into: a block's or a link's. */
function nodeText(model: DocumentModel, ref: number): string | undefined {
  return (
    model.blocks.find((b) => b.ref === ref)?.text ?? model.links.find((l) => l.ref === ref)?.text
  );
}

test('every quoted passage of real messages and rule pages is the text at its position, marks aside', () => {
  const textDirs = ['held-out-real-19', 'held-out-real-20', 'held-out-real-21'].map((d) =>
    join(repoRoot, 'test/fixtures/rules', d),
  );
  const htmlDir = join(repoRoot, 'test/fixtures/checker/rules');
  const models = [
    ...textDirs.flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .map((f) => extractFromText(readFileSync(join(dir, f), 'utf8'))),
    ),
    ...readdirSync(htmlDir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => extractFromHtml(readFileSync(join(htmlDir, f), 'utf8')).model),
  ];
  const reports = checkDocuments(models.map((model) => ({ model })));
  let checked = 0;
  let cut = 0;
  reports.forEach((report, i) => {
    const model = models[i] as DocumentModel;
    for (const finding of [...report.tags, ...report.findings] as Finding[]) {
      const text = finding.position && nodeText(model, finding.position.ref);
      if (text === undefined || !finding.quote || !finding.position) continue;
      expectQuoteMatchesPosition(text, finding.quote, finding.position.start, finding.position.end);
      checked++;
      if (finding.quote !== text.slice(finding.position.start, finding.position.end)) cut++;
    }
  });
  expect(checked).toBeGreaterThan(200);
  expect(cut).toBeGreaterThan(0);
  // About 3 s alone; a shared two-core machine running other test files has taken it past the
  // default 5 s. The limit guards against a hang, it is not a speed check (that is `npm run bench`).
}, 30_000);
