import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocument, extractFromText } from '../../../../shared/checker/node';
import {
  fernandezHuerta,
  fleschKincaidGrade,
} from '../../../../shared/checker/reading-level/formulas';
import { spanishSyllables } from '../../../../shared/checker/reading-level/spanish-syllables';
import {
  englishSyllables,
  isAddress,
  wordsOf,
} from '../../../../shared/checker/reading-level/words';
import { repoRoot } from '../../../support/paths';

describe('formulas', () => {
  it('computes Flesch-Kincaid and Fernández-Huerta from counts', () => {
    expect(fleschKincaidGrade({ words: 100, sentences: 5, syllables: 150 })).toBeCloseTo(9.91, 2);
    // Law's correction: F is words per sentence, so shorter sentences score easier.
    expect(fernandezHuerta({ words: 100, sentences: 5, syllables: 200 })).toBeCloseTo(66.44, 2);
    expect(fernandezHuerta({ words: 100, sentences: 10, syllables: 200 })).toBeGreaterThan(
      fernandezHuerta({ words: 100, sentences: 5, syllables: 200 }),
    );
  });
});

describe('words and syllables', () => {
  it.each([
    [
      'Please bring your child’s well-known book — thanks!',
      ['Please', 'bring', 'your', 'child’s', 'well-known', 'book', 'thanks'],
    ],
    [
      'Call 555-0134 at 3:30 or write to office@example.org.',
      ['Call', '555-0134', 'at', '3:30', 'or', 'write', 'to', 'office@example.org'],
    ],
  ])('%j', (text, expected) => {
    expect(wordsOf(text)).toEqual(expected);
  });

  it.each([
    ['family', 3],
    ['library', 3],
    ['safety', 2],
    ['homework', 2],
    ['guidelines', 2],
    ['volunteers', 3],
    ['professional', 4],
    ['conference', 3],
    ['2019', 1],
  ])('English %s has %i syllables', (word, count) => {
    expect(englishSyllables(word)).toBe(count);
  });

  // Syllable divisions from the Real Academia Española's rules for diphthongs and hiatus.
  it.each([
    ['familia', 3], // fa-mi-lia
    ['escuela', 3], // es-cue-la
    ['día', 2], // dí-a
    ['país', 2], // pa-ís
    ['leer', 2], // le-er
    ['ciudad', 2], // ciu-dad
    ['ahora', 3], // a-ho-ra
    ['que', 1],
    ['hoy', 1],
    ['y', 1],
    ['buey', 1],
    ['poesía', 4], // po-e-sí-a
    ['estudiantes', 4], // es-tu-dian-tes
    ['reunión', 2], // reu-nión
    ['biblioteca', 4], // bi-blio-te-ca
  ])('Spanish %s has %i syllables', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});

describe('addresses count as one syllable', () => {
  it.each([
    'office@roosevelt.example.org',
    'pta.president@oak-elementary.k12.ca.us',
    'https://www.oakschool.org/news/2025',
    'www.oakschool.org',
    'oakschool.org/lunch',
    'roosevelt.edu',
  ])('%s is an address', (word) => expect(isAddress(word)).toBe(true));

  it.each(['e.g', 'U.S', 'p.m', '3.5', 'St.Louis', 'email', 'and/or', 'co-op'])(
    '%s is a word',
    (word) => expect(isAddress(word)).toBe(false),
  );

  it('keeps a contact line out of the hardest sentences', () => {
    const report = checkDocument(
      extractFromText(
        'Call the main office at (503) 555-0142 or email office@roosevelt.example.org. ' +
          'The superintendent’s comprehensive reorganization necessitates considerable administrative deliberation.',
      ),
    );
    const hardest = report.readingLevel.hardestSentences;
    expect(hardest[0]?.text).toMatch(/^The superintendent/);
    expect(hardest.find((h) => h.text.startsWith('Call'))?.grade ?? 0).toBeLessThan(6);
  });
});

describe('reading level in the report', () => {
  it('grades English and lists the hardest sentences with positions', () => {
    const text =
      'We are glad you are here. The cafeteria will introduce comprehensive nutritional information and additional vegetarian alternatives throughout the academic year. Lunch is at noon.';
    const model = extractFromText(text);
    const { readingLevel } = checkDocument(model);
    expect(readingLevel.language).toBe('en');
    expect(readingLevel.sentences).toBe(3);
    expect(readingLevel.words).toBe(wordsOf(text).length);
    expect(readingLevel.grade).toBeGreaterThan(8);
    expect(readingLevel.meetsTarget).toBe(false);
    const hardest = readingLevel.hardestSentences[0]!;
    expect(hardest.text).toMatch(/^The cafeteria/);
    const block = model.blocks.find((b) => b.ref === hardest.position?.ref)!;
    expect(block.text.slice(hardest.position!.start, hardest.position!.end)).toBe(hardest.text);
  });

  it('honours the target grade', () => {
    const model = extractFromText(
      'Reading at home helps children learn new words and enjoy stories together every day.',
    );
    expect(checkDocument(model, { targetGrade: 3 }).readingLevel.meetsTarget).toBe(false);
    expect(checkDocument(model, { targetGrade: 12 }).readingLevel).toEqual(
      expect.objectContaining({ targetGrade: 12, meetsTarget: true }),
    );
  });

  it('scores Spanish with Fernández-Huerta and says why there is no grade', () => {
    const model = extractFromText(
      'Estimadas familias: la biblioteca de la escuela estará abierta el sábado por la mañana. Pueden venir a leer con sus hijos. Habrá libros en español y en inglés para todas las edades.',
    );
    const { readingLevel } = checkDocument(model);
    expect(readingLevel.language).toBe('es');
    expect(readingLevel.grade).toBeNull();
    expect(readingLevel.scores).toEqual([
      expect.objectContaining({ name: 'fernandez-huerta', value: expect.any(Number) }),
    ]);
    expect(readingLevel.reason).toMatch(/Fernández-Huerta/);
    expect(readingLevel.meetsTarget).toBe(true);
  });

  it('gives no grade for other languages, and says so', () => {
    const model = extractFromText(
      'Kính gửi quý phụ huynh, thư viện của trường sẽ mở cửa vào sáng thứ Bảy để các em đọc sách cùng gia đình.',
    );
    const { readingLevel } = checkDocument(model);
    expect(readingLevel).toEqual(
      expect.objectContaining({ language: 'vi', grade: null, meetsTarget: null, scores: [] }),
    );
    expect(readingLevel.reason).toMatch(/No grade for Vietnamese/);
  });

  it('leaves headings out of the measure', () => {
    const model = extractFromText('# Spring concert\n\nThe concert is on Friday in the gym.');
    expect(checkDocument(model).readingLevel.sentences).toBe(1);
  });
});

/**
 * Agreement with GNU diction's `style` (run for real) on prose written for these tests.
 * `style` and this checker split sentences and count words the same way and apply the same
 * Flesch-Kincaid formula. The report's grade counts syllables by `style`'s rule, so the two agree;
 * the dictionary-accurate grade (the `syllable` package) is given beside it and runs higher,
 * because `style` undercounts ("priority" 2, "ready" 1).
 */
describe('agreement with GNU style', () => {
  const proseDir = join(repoRoot, 'test/fixtures/checker/prose');
  const passages = readdirSync(proseDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();

  function styleFigures(text: string) {
    const out = execFileSync('style', { input: text }).toString();
    return {
      grade: Number(/Kincaid:\s*(-?[\d.]+)/.exec(out)?.[1]),
      words: Number(/(\d+) words,/.exec(out)?.[1]),
      sentences: Number(/(\d+) sentences,/.exec(out)?.[1]),
    };
  }

  it.each(passages)('%s', (file) => {
    const text = readFileSync(join(proseDir, file), 'utf8');
    const style = styleFigures(text);
    const model = extractFromText(text);
    const { readingLevel } = checkDocument(model);

    // 1. The same sentences and words.
    expect({ words: readingLevel.words, sentences: readingLevel.sentences }).toEqual({
      words: style.words,
      sentences: style.sentences,
    });

    // 2. The same grade, to within 0.5.
    expect(passages.length).toBeGreaterThanOrEqual(8);
    expect(Math.abs((readingLevel.grade ?? Number.NaN) - style.grade)).toBeLessThanOrEqual(0.5);

    // 3. The dictionary-accurate grade is reported too, and is never below the reference grade.
    const dictionary = readingLevel.scores.find(
      (score) => score.name === 'flesch-kincaid-grade-dictionary-syllables',
    );
    expect(dictionary?.value).toBeGreaterThanOrEqual(readingLevel.grade ?? Number.NaN);
  });
});
