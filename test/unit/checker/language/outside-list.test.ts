import { describe, expect, it } from 'vitest';
import { analyseLanguages } from '../../../../shared/checker/language/detect';
import {
  OUTSIDE_FUNCTION_WORDS,
  outsideFunctionWordLanguage,
} from '../../../../shared/checker/language/function-words';
import {
  checkDocument,
  DEFAULT_LANGUAGES,
  extractFromText,
  modelFromBlocks,
} from '../../../../shared/checker/node';
import { formatReport, painter } from '../../../../shared/cli/format';
import {
  IN_DEFAULT_LIST,
  OUTSIDE_DEFAULT_LIST,
  SHORT_LISTED_WITH_FOREIGN_WORDS,
  SHORT_OUTSIDE_LIST,
} from './texts-by-language';

const languages: string[] = [...DEFAULT_LANGUAGES];

function analyse(texts: string[], list: readonly string[] = languages) {
  const model = modelFromBlocks(texts);
  return { model, analysis: analyseLanguages(model.blocks, list) };
}

describe('a language outside the district list', () => {
  it.each(OUTSIDE_DEFAULT_LIST)('reads %s as itself: %s', (code, text) => {
    const { model, analysis } = analyse([text]);
    expect(analysis.primary).toBe(code);
    const block = model.blocks[0]!;
    if (text.length >= 30) expect(analysis.blockLanguage(block)).toBe(code);
  });

  it.each(IN_DEFAULT_LIST)('keeps %s as a listed language: %s', (code, text) => {
    const { model, analysis } = analyse([text]);
    expect(analysis.primary).toBe(code);
    expect(analysis.blockLanguage(model.blocks[0]!)).toBe(code);
  });

  it.each([
    'Hello!',
    "Ms. Alvarez's Kindergarten Weekly Update",
    'Here is what’s going on in Kindergarten next week:',
    'Killeen Independent School District',
  ])('does not overrule the list on a short English line: %s', (text) => {
    // Restricted detection reads some of these as Spanish, as it did before; what matters here is
    // that a few letters do not make a message German or Hungarian.
    const { primary } = analyse([text]).analysis;
    expect(primary === null || languages.includes(primary)).toBe(true);
  });

  it('keeps an English block in a German newsletter English', () => {
    const german = OUTSIDE_DEFAULT_LIST.find(([code]) => code === 'de')![1];
    const english = IN_DEFAULT_LIST.find(([code]) => code === 'en')![1];
    const { model, analysis } = analyse([german, german, english]);
    expect(analysis.primary).toBe('de');
    expect(model.blocks.map((b) => analysis.blockLanguage(b))).toEqual(['de', 'de', 'en']);
  });

  it('reads a German paragraph inside an English newsletter as German', () => {
    const german = OUTSIDE_DEFAULT_LIST.find(([code]) => code === 'de')![1];
    const english = IN_DEFAULT_LIST.find(([code]) => code === 'en')![1];
    const { model, analysis } = analyse([english, english, german, english]);
    expect(analysis.primary).toBe('en');
    expect(model.blocks.map((b) => analysis.blockLanguage(b))).toEqual(['en', 'en', 'de', 'en']);
  });

  it.each(OUTSIDE_DEFAULT_LIST.filter(([, text]) => text.length >= 200))(
    'reads a %s paragraph inside a Spanish letter as itself',
    (code, text) => {
      const spanish = IN_DEFAULT_LIST.find(([c]) => c === 'es')![1];
      const { model, analysis } = analyse([spanish, text, spanish]);
      expect(analysis.primary).toBe('es');
      expect(analysis.blockLanguage(model.blocks[1]!)).toBe(code);
    },
  );

  it.each(SHORT_OUTSIDE_LIST)('reads a one-sentence %s notice as itself: %s', (code, text) => {
    const { model, analysis } = analyse([text]);
    expect(analysis.primary).toBe(code);
    expect(analysis.blockLanguage(model.blocks[0]!)).toBe(code);
  });

  it.each(SHORT_OUTSIDE_LIST)(
    'reads a one-sentence %s paragraph inside an English or a Spanish letter as itself',
    (code, text) => {
      for (const letter of ['en', 'es']) {
        const around = IN_DEFAULT_LIST.find(([c]) => c === letter)![1];
        const { model, analysis } = analyse([around, text, around]);
        expect(analysis.primary).toBe(letter);
        expect(model.blocks.map((b) => analysis.blockLanguage(b))).toEqual([letter, code, letter]);
      }
    },
  );

  it.each(SHORT_LISTED_WITH_FOREIGN_WORDS)(
    'keeps a short %s line with foreign names and words in its language: %s',
    (code, text) => {
      expect(analyse([text]).analysis.primary).toBe(code);
      const english = IN_DEFAULT_LIST.find(([c]) => c === 'en')![1];
      const { model, analysis } = analyse([english, text, english]);
      expect(analysis.blockLanguage(model.blocks[1]!)).toBe(code);
    },
  );

  it('reads Haitian Creole as itself when the list leaves it out', () => {
    const haitian = IN_DEFAULT_LIST.find(([code]) => code === 'ht')![1];
    expect(analyse([haitian], ['en', 'es', 'fr']).analysis.primary).toBe('ht');
  });

  it('reads a listed language by the list: German is simply German when the district has it', () => {
    const german = OUTSIDE_DEFAULT_LIST.find(([code]) => code === 'de')![1];
    expect(analyse([german], ['en', 'de']).analysis.primary).toBe('de');
  });
});

describe('function words of languages outside the list', () => {
  it('share no word with a default language: a listed text gives them few hits', () => {
    const listedWords = new Set(
      IN_DEFAULT_LIST.flatMap(([, text]) => text.toLowerCase().match(/\p{L}+/gu) ?? []),
    );
    for (const [code, words] of Object.entries(OUTSIDE_FUNCTION_WORDS)) {
      expect(
        words.filter((w) => listedWords.has(w)),
        code,
      ).toEqual([]);
    }
  });

  it('name an outside language only when it is outside the list and leads', () => {
    const german = SHORT_OUTSIDE_LIST.find(([code]) => code === 'de')![1];
    expect(outsideFunctionWordLanguage(german, new Set(languages))).toBe('de');
    expect(outsideFunctionWordLanguage(german, new Set(['en', 'de']))).toBeUndefined();
    for (const [, text] of [...IN_DEFAULT_LIST, ...SHORT_LISTED_WITH_FOREIGN_WORDS]) {
      expect(outsideFunctionWordLanguage(text, new Set(languages)), text).toBeUndefined();
    }
  });
});

describe('a German newsletter, checked', () => {
  // Written for this test.
  const newsletter = [
    'Elternbrief',
    'Liebe Eltern, am Freitag findet unser Schulfest auf dem Sportplatz statt. Die Kinder führen ein kleines Theaterstück auf, und der Förderverein verkauft Kuchen und Getränke. Wir freuen uns über jede Hilfe beim Aufbau am Donnerstagnachmittag.',
    'Bitte geben Sie die unterschriebene Einverständniserklärung bis Mittwoch bei der Klassenlehrerin ab. Bei Fragen erreichen Sie das Sekretariat jeden Vormittag zwischen acht und zwölf Uhr.',
    'Wir wünschen Ihnen und Ihren Kindern ein schönes Wochenende. Mit freundlichen Grüßen, die Schulleitung',
  ].join('\n\n');

  it('gives primary language de, no English grade, and tells the user the language is not in the list', () => {
    const model = extractFromText(newsletter);
    const report = checkDocument(model);
    expect(report.languages.primary).toBe('de');
    expect(report.languages.detected.map((d) => d.language)).toEqual(['de']);
    expect(report.readingLevel.grade).toBeNull();
    expect(report.readingLevel.scores).toEqual([]);
    expect(report.readingLevel.hardestSentences).toEqual([]);
    expect(report.readingLevel.reason).toMatch(/^No grade for German/);
    // Neither English plain-language findings nor English indicator tags.
    expect(report.findings.filter((f) => f.category === 'plain-language')).toEqual([]);
    expect(report.tags).toEqual([]);

    const printed = formatReport(report, model, painter(false));
    expect(printed).toContain('Language: German (de)');
    expect(printed).toContain(
      "Primary language: German (de), which is not in your district's list (en, es, zh, vi, ar, so, tl, ru, ht, pt, fr, ko). Add it with --languages if families read it.",
    );
  });

  it('says nothing about the list when the district has the language', () => {
    const model = extractFromText(newsletter);
    const report = checkDocument(model, { languages: ['en', 'de'] });
    expect(report.languages.primary).toBe('de');
    expect(formatReport(report, model, painter(false))).not.toContain('not in your district');
  });
});
