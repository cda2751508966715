import { describe, expect, test } from 'vitest';
import { textChecks } from '../../../../shared/checker/checks/text';
import { glossary, idioms, languageNames } from '../../../../shared/checker/data';
import {
  glossarySchema,
  idiomsSchema,
  mustParseData,
  parseData,
} from '../../../../shared/checker/data/schema';
import { ruleSchema } from '../../../../shared/checker/rule-schema';
import { textRuleData } from '../../../../shared/checker/rules/text-rules';
import { runTextRule } from './run-rule';

describe('glossary', () => {
  test('has at least 80 education terms, each with a plain explanation and a named source', () => {
    const terms = glossary();
    expect(terms.length).toBeGreaterThanOrEqual(80);
    for (const t of terms) {
      expect(t.explanation.length, t.term).toBeGreaterThan(10);
      expect(t.source, t.term).toMatch(/\w/);
    }
    const names = terms.map((t) => t.term);
    for (const required of ['IEP', '504 plan', 'FERPA', 'Title I', 'PTA', 'PTO', 'MTSS', 'ELL']) {
      expect(names).toContain(required);
    }
    for (const required of ['IB', 'AP', 'STEM', 'SEL', 'benchmark', 'rubric', 'early release']) {
      expect(names).toContain(required);
    }
    expect(names).toContain('standardized test');
    expect(names).toContain('in-service day');
  });

  test('no term is listed twice for the same language', () => {
    const keys = glossary().map((t) => `${t.language ?? 'en'}:${t.term}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('no explanation repeats the expansion the suggestion already spells out', () => {
    // The finding suggests "Parent Teacher Association (PTA): <explanation>".
    const words = (text: string) => text.toLowerCase().replace(/-/g, ' ');
    const withExpansion = glossary().filter((t) => t.expansion);
    expect(withExpansion.length).toBeGreaterThan(20);
    for (const t of withExpansion) {
      expect(words(t.explanation), t.term).not.toContain(words(t.expansion as string));
    }
  });
});

describe('idioms', () => {
  test('has at least 50, each with a plain alternative, a language and a source', () => {
    const list = idioms();
    expect(list.filter((i) => i.language === 'en').length).toBeGreaterThanOrEqual(50);
    expect(list.some((i) => i.language === 'es')).toBe(true);
    for (const i of list) {
      expect(i.alternative.length, i.phrase).toBeGreaterThan(2);
      expect(i.source.length, i.phrase).toBeGreaterThan(10);
    }
  });

  // Some patterns ask for the idiom's usual setting, to keep plain uses of the words out.
  const inUse: Record<string, string> = {
    'loop in': 'loop you in',
    'butterflies in the stomach': 'butterflies in their stomachs',
    'a blast': 'was a blast',
  };
  test.each(idioms().filter((i) => i.language === 'en'))(
    '“$phrase” is found in a sentence',
    (i) => {
      const phrase = inUse[i.phrase] ?? i.phrase;
      const { hits } = runTextRule('idiom', `Families, ${phrase} this week.`);
      expect(hits).toHaveLength(1);
      const quote = hits[0]?.quote.toLowerCase() ?? '';
      expect(phrase.toLowerCase().includes(quote) || quote.includes(phrase.toLowerCase())).toBe(
        true,
      );
      expect(hits[0]?.message).toContain(i.alternative);
    },
  );
});

describe('language names', () => {
  test('cover the default district languages with their own names', () => {
    const codes = languageNames().map((l) => l.code);
    for (const c of ['en', 'es', 'zh', 'vi', 'ar', 'so', 'tl', 'ru', 'ht', 'pt', 'fr', 'ko']) {
      expect(codes).toContain(c);
    }
  });
});

describe('bad data is refused with the path of the problem', () => {
  test('a glossary entry without an explanation', () => {
    const result = parseData(glossarySchema, {
      formatVersion: 1,
      description: '',
      terms: [{ term: 'IEP', source: 'x' }],
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe('$.terms[0].explanation');
  });

  test('an idiom with a broken pattern names the file and the field', () => {
    expect(() =>
      mustParseData(
        idiomsSchema,
        {
          formatVersion: 1,
          description: '',
          idioms: [{ phrase: 'x', pattern: '(', alternative: 'y', language: 'en', source: 'z' }],
        },
        'idioms.json',
      ),
    ).toThrow(
      /idioms\.json is invalid: \$\.idioms\[0\]\.pattern: expected a valid regular expression/,
    );
  });
});

test('every text rule is valid and names a registered check', () => {
  for (const data of textRuleData) {
    const rule = ruleSchema.parse(data);
    expect(textChecks[rule.check], rule.id).toBeTypeOf('function');
    expect(rule.source.length).toBeGreaterThan(10);
    if (rule.kind === 'tag') expect(rule.patterns ?? rule.check).toBeTruthy();
  }
});

describe('context patterns in rule options', () => {
  // `requireInSentence`, `outsideOrganisation` and `followUpPurpose` hold patterns too; the rule schema leaves options
  // free-form, so they are checked here: each compiles as the checks compile it.
  const contextOptions = ['requireInSentence', 'outsideOrganisation', 'followUpPurpose'];
  test.each(
    textRuleData
      .map((data) => ruleSchema.parse(data))
      .flatMap((rule) =>
        contextOptions.flatMap((name) => {
          const option = rule.options?.[name] as Record<string, string[]> | undefined;
          return Object.entries(option ?? {}).flatMap(([language, sources]) =>
            sources.map((source) => [`${rule.id} ${name}.${language}`, source] as const),
          );
        }),
      ),
  )('%s compiles', (_, source) => {
    expect(() => new RegExp(source, 'iu')).not.toThrow();
  });
});
