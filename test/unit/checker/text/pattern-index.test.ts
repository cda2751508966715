import { describe, expect, test } from 'vitest';
import { anyOf, phrasePattern } from '../../../../shared/checker/checks/text/compile';
import {
  type GatedRegex,
  gatedMatches,
  gatedRegex,
  matchesInText,
  mayMatch,
} from '../../../../shared/checker/checks/text/pattern-index';
import {
  leadingLiterals,
  leadingWords,
  triggersOf,
} from '../../../../shared/checker/checks/text/pattern-starts';
import { lowered } from '../../../../shared/checker/checks/text/word-starts';
import { glossary, idioms, languageNames } from '../../../../shared/checker/data';
import type { DocumentModel, TextBlock } from '../../../../shared/checker/document-model';
import { builtInRules, extractFromText } from '../../../../shared/checker/index';
import { corpusModels } from './corpus';

/**
 * Gated matching tries a rule's regex only where a word with one of its triggers starts. That is
 * a speed-up only if it finds exactly what scanning every block finds: these tests compare the two
 * for every built-in pattern list on every fixture and evaluation text, and on the edge cases
 * where a pattern's word edge falls inside what the index calls a word.
 */

/** Every match of the regex in every block, scanning each block's whole text. */
function fullScan(
  model: DocumentModel,
  regex: RegExp,
  textOf: (block: TextBlock) => string = lowered,
): [number, number, string][] {
  const found: [number, number, string][] = [];
  const global = globalOf(regex);
  model.blocks.forEach((block, i) => {
    for (const m of execAll(global, textOf(block))) found.push([i, m.index, m[0]]);
  });
  return found;
}

/**
 * The regex with the `g` flag, made once per regex: the corpus-wide tests scan with hundreds of
 * long Unicode alternations, and compiling one again for every text costs far more than the scan.
 */
const globals = new WeakMap<RegExp, RegExp>();
function globalOf(
  regex: RegExp,
  flags = regex.flags.includes('g') ? regex.flags : `${regex.flags}g`,
) {
  let global = globals.get(regex);
  if (!global || global.flags !== flags) {
    global = new RegExp(regex.source, flags);
    globals.set(regex, global);
  }
  return global;
}

/** What `text.matchAll(global)` finds, without the copy of the regex matchAll makes each time. */
function execAll(global: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    // Past an empty match by a code point, as matchAll does with the `u` flag.
    if (m[0].length === 0) global.lastIndex += (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1;
    found.push(m);
  }
  return found;
}

function gated(
  model: DocumentModel,
  regex: GatedRegex,
  textOf: (block: TextBlock) => string = lowered,
): [number, number, string][] {
  return gatedMatches(model, regex, () => true, textOf).map(({ blockIndex, match }) => [
    blockIndex,
    match.index,
    match[0],
  ]);
}

const models = corpusModels();

/** Compares gated matching with a full scan on every corpus text; returns how many matches. */
function matchesLikeFullScan(
  regex: GatedRegex,
  textOf: (block: TextBlock) => string = lowered,
): number {
  let matches = 0;
  for (const model of models) {
    const expected = fullScan(model, regex.regex, textOf);
    expect(gated(model, regex, textOf)).toEqual(expected);
    matches += expected.length;
  }
  return matches;
}

/** Each rule's pattern lists, split as match-patterns splits them: with triggers and without. */
const patternLists = builtInRules().flatMap(({ rule }) =>
  Object.entries(rule.patterns ?? {}).flatMap(([language, list]) => {
    const keyed = list.filter((s) => triggersOf([s]));
    return keyed.length > 0 ? [[`${rule.id} (${language})`, keyed] as const] : [];
  }),
);

/**
 * Tests that read every rule over every corpus text grow with each labelled set: this is a time
 * allowance for a loaded two-core machine, not a speed check (speed is in `npm run bench`).
 */
const CORPUS_WIDE = 300_000;

describe('gated matching finds what a full scan finds', () => {
  test('the corpus is real', () => {
    expect(models.length).toBeGreaterThan(150);
    expect(patternLists.length).toBeGreaterThan(40);
  });

  let ruleMatches = 0;
  test.each(patternLists)(
    '%s',
    (_, list) => {
      ruleMatches += matchesLikeFullScan(gatedRegex(list));
    },
    CORPUS_WIDE,
  ); // one rule over the whole corpus: a time allowance, not a speed check

  // The tests above mostly match a rule against models whose tries were gathered before the rule
  // was first matched, so its tries are gathered for it alone. Here every rule is known first and
  // the models are new, so one pass over each model's word starts gathers the tries of all rules.
  test(
    'every rule at once, in one pass over each document',
    () => {
      const regexes = patternLists.map(([, list]) => gatedRegex(list));
      const [first] = models;
      for (const regex of regexes) gated(first as DocumentModel, regex);
      let matches = 0;
      for (const model of corpusModels()) {
        for (const regex of regexes) {
          const expected = fullScan(model, regex.regex);
          expect(gated(model, regex)).toEqual(expected);
          matches += expected.length;
        }
      }
      expect(matches).toBeGreaterThan(500);
    },
    CORPUS_WIDE,
  ); // every rule over the whole corpus in one test: a time allowance, not a speed check

  test('without parts, each word start is tried with the whole regex', () => {
    for (const [, list] of patternLists.slice(0, 8)) {
      const { regex, triggers } = gatedRegex(list);
      const whole: GatedRegex = { regex, triggers };
      for (const model of models) expect(gated(model, whole)).toEqual(fullScan(model, regex));
    }
  });

  test(
    'glossary acronyms, case-sensitive on the original text',
    () => {
      const acronyms = glossary()
        .filter((e) => /\p{Lu}{2}/u.test(e.term))
        .flatMap((e) => [e.term, ...(e.aliases ?? [])])
        .map(phrasePattern);
      const regex = gatedRegex(acronyms, undefined, { keepCase: true });
      expect(regex.triggers).not.toBeNull();
      expect(matchesLikeFullScan(regex, (block) => block.text)).toBeGreaterThan(0);
    },
    CORPUS_WIDE,
  ); // over the whole corpus: a time allowance, not a speed check

  test('the rules match the corpus often enough for the comparison to mean something', () => {
    expect(ruleMatches).toBeGreaterThan(500);
  });

  test(
    'glossary terms, idioms and language names',
    () => {
      const terms = glossary()
        .filter((e) => !/\p{Lu}{2}/u.test(e.term))
        .map((e) => phrasePattern(e.term.toLowerCase()));
      const idiomPatterns = idioms().map((i) => i.pattern ?? phrasePattern(i.phrase));
      const names = languageNames().flatMap((l) => [
        ...l.endonyms,
        ...Object.values(l.names).flat(),
      ]);
      const namePatterns = names.map((n) => phrasePattern(n.toLowerCase()));
      for (const sources of [terms, idiomPatterns, namePatterns]) {
        const regex = gatedRegex(sources);
        expect(regex.triggers).not.toBeNull();
        expect(matchesLikeFullScan(regex)).toBeGreaterThan(0);
      }
    },
    CORPUS_WIDE,
  ); // over the whole corpus: a time allowance, not a speed check
});

describe('matches in one text (a quote, a link) are what a global scan finds', () => {
  const inText = (text: string, regex: GatedRegex) =>
    matchesInText(text, regex).map((m) => [m.index, m[0]]);
  const scan = (text: string, regex: RegExp) =>
    execAll(globalOf(regex, 'gu'), text).map((m) => [m.index, m[0]]);

  test(
    'every short block of the corpus (quotes and links are short), for the language names and every rule',
    () => {
      const names = languageNames().flatMap((l) => [
        ...l.endonyms,
        ...Object.values(l.names).flat(),
      ]);
      const regexes = [
        gatedRegex(names.map((n) => phrasePattern(n.toLowerCase()))),
        ...patternLists.map(([, list]) => gatedRegex(list)),
      ];
      let matches = 0;
      for (const model of models) {
        for (const block of model.blocks.filter((b) => b.text.length <= 300)) {
          const text = lowered(block);
          for (const regex of regexes) {
            const expected = scan(text, regex.regex);
            expect(inText(text, regex)).toEqual(expected);
            matches += expected.length;
          }
        }
      }
      expect(matches).toBeGreaterThan(500);
    },
    CORPUS_WIDE,
  );

  test.each([
    ['names side by side', 'interpreters in spanish, somali and haitian creole', 3],
    ['the longer name wins', 'kreyòl ayisyen and kreyòl', 2],
    ['a name inside a longer word is none', 'españolas y francesas', 0],
    ['another script', 'русский язык и العربية', 2],
  ])('%s', (_, text, count) => {
    const names = languageNames().flatMap((l) => [...l.endonyms, ...Object.values(l.names).flat()]);
    const regex = gatedRegex(names.map((n) => phrasePattern(n.toLowerCase())));
    const expected = scan(text, regex.regex);
    expect(expected).toHaveLength(count);
    expect(inText(text, regex)).toEqual(expected);
  });
});

describe('a text no word of a gated regex starts in cannot match it', () => {
  test(
    'every short block of the corpus, for every rule and the language names',
    () => {
      const names = languageNames().flatMap((l) =>
        l.endonyms.map((n) => phrasePattern(n.toLowerCase())),
      );
      const regexes = [...patternLists.map(([, list]) => gatedRegex(list)), gatedRegex(names)].map(
        (gated) => ({ gated, plain: new RegExp(gated.regex.source, 'u') }),
      );
      let refused = 0;
      for (const model of models) {
        // Short texts, like the link texts and language menus mayMatch is asked about.
        for (const block of model.blocks.filter((b) => b.text.length <= 200)) {
          const text = lowered(block);
          for (const { gated, plain } of regexes) {
            if (mayMatch(text, gated)) continue;
            refused++;
            expect(plain.test(text)).toBe(false);
          }
        }
      }
      expect(refused).toBeGreaterThan(1000);
    },
    CORPUS_WIDE,
  );

  test.each([
    ['a language menu', 'English | Español | 中文', true],
    ['no language named', 'Read the newsletter', false],
    ['a name inside a longer word', 'españolas', false],
  ])('%s', (_, text, expected) => {
    const names = languageNames().flatMap((l) =>
      l.endonyms.map((n) => phrasePattern(n.toLowerCase())),
    );
    const regex = gatedRegex(names);
    expect(regex.triggers).not.toBeNull();
    const lower = text.toLowerCase();
    expect(new RegExp(regex.regex.source, 'u').test(lower)).toBe(expected);
    if (expected) expect(mayMatch(lower, regex)).toBe(true);
  });
});

describe('a word edge beside a Latin letter beyond ASCII', () => {
  // JavaScript's \b sees an edge between "t" and "é"; the rules mean word edges.
  test.each([
    [
      'an acronym at the start of a French word',
      '\\b(?:Pronote|ENT)\\b',
      'Décision entérinée le 9 février.',
      false,
    ],
    [
      'the same acronym standing alone',
      '\\b(?:Pronote|ENT)\\b',
      'Consultez l’ENT de l’école.',
      true,
    ],
    ['a short word inside an accented one', '\\bana\\b', 'Hasta mañana.', false],
    ['an English word before a Latin letter', '\\bparent\\b', 'Les parentés.', false],
    [
      'an edge after a group, before a class',
      '\\b(?:info|news)\\b[^.]{0,5}here',
      'infoé here',
      false,
    ],
    // The long s "ſ" is "s" to a case-insensitive regex: it must not stand for the letter beside.
    ['a word ending in s, case-insensitive', '\\binterpreters?\\b', 'Interpreters available', true],
    ['an acronym beside Chinese characters', '\\bPTA\\b', '请联系PTA获取表格', true],
    ['a stem and letters ending in "é"', '\\b(?:envoy\\w*|publi\\w*)\\b', 'Il est envoyé.', true],
    ['a stem and letters ending in "á"', '\\binform\\w*\\b', 'La escuela informará.', true],
    ['letters before a stem', '\\b\\w+ment\\b', 'Écrivez rapidement.', true],
    ['a lookbehind before a start', '(?<![\\d:.])\\b\\d{1,5} avenue\\b', 'At 600 Avenue', true],
    [
      'a word before a dash decoded wrongly',
      '\\bget involved\\b',
      'ways to get involvedβ€”big',
      true,
    ],
  ])('%s', (_, source, text, matches) => {
    expect(anyOf([source]).test(text)).toBe(matches);
    const model = extractFromText(text);
    const regex = gatedRegex([source]);
    expect(fullScan(model, regex.regex).length > 0).toBe(matches);
    expect(gated(model, regex)).toEqual(fullScan(model, regex.regex));
  });
});

describe('word edges inside what the index calls a word', () => {
  test.each([
    ['ASCII \\b after a non-ASCII letter', ['\\bschool\\b'], 'El ñschool y la school.'],
    ['ASCII \\b after a letter of another script', ['\\bl\\b'], 'Kreyдl'],
    ['ASCII \\b after a Greek letter in a word', ['\\bschool\\b'], 'El βschool y la school.'],
    ['a whole short word', ['\\bwe (?:need|want)\\b'], 'We need help. Weekly we want you.'],
    ['a match that swallows the next trigger', ['\\bgo(?: go)*\\b'], 'go go go, and go'],
    [
      'alternatives at the top level',
      ['\\bsign language (?:interpreters?|services?)\\b|\\b(?:in|with) sign language\\b'],
      'Meetings are held in sign language. Sign language interpreters are free.',
    ],
  ])('%s', (_, sources, text) => {
    const model = extractFromText(text);
    const regex = gatedRegex(sources);
    expect(regex.triggers).not.toBeNull();
    const expected = fullScan(model, regex.regex);
    expect(expected.length).toBeGreaterThan(0);
    expect(gated(model, regex)).toEqual(expected);
  });

  test('a case-sensitive term after a combining mark, on the original text', () => {
    const model = extractFromText('La e\u0301ÉCOLE et l’ÉCOLE.');
    const term = gatedRegex([phrasePattern('ÉCOLE')], undefined, { keepCase: true });
    expect(term.triggers).not.toBeNull();
    const original = (block: TextBlock) => block.text;
    const expected = fullScan(model, term.regex, original);
    expect(expected).toHaveLength(2);
    expect(gated(model, term, original)).toEqual(expected);
  });

  test('blocks a caller turns away are not read', () => {
    const model = extractFromText('We need help.\n\nWe need chaperones.');
    const regex = gatedRegex(['\\bwe need\\b']);
    expect(gatedMatches(model, regex, (i) => i === 1).map((m) => m.blockIndex)).toEqual([1]);
  });
});

describe('the words a pattern can start with', () => {
  test.each([
    ['\\b(?:volunteers?|helpers?) needed', ['volunteers ', 'volunteer ', 'helpers ', 'helper ']],
    ['\\bwe (?:need|want)', ['we ']],
    ['\\b(?:the )?school', ['the ', 'school']],
    ['\\bsign language\\b|\\b(?:in|with) sign language', ['sign ', 'in ', 'with ']],
  ])('%s', (source, words) => {
    expect(leadingWords(source)).toEqual(words);
  });

  // The longer the literal, the fewer word starts are tried: "i" alone would try every "in" and "is".
  test.each([
    [
      "\\b(?:we|i)(?:(?:'|’)d| would) love",
      ["we'd love", 'we’d love', 'we would love', "i'd love", 'i’d love', 'i would love'],
    ],
    ['\\b(?:a )?piece of cake\\b', ['a piece of cake', 'piece of cake']],
    [
      '\\bhelp (?:in|with|by) (?:making|keeping)',
      [
        'help in making',
        'help in keeping',
        'help with making',
        'help with keeping',
        'help by making',
        'help by keeping',
      ],
    ],
    ['\\bvolunteers? needed', ['volunteers needed', 'volunteer needed']],
    ['\\b(?:wi-?fi|hotspots?)\\b', ['wi-fi', 'wifi', 'hotspots', 'hotspot']],
    ['\\bcolou?r', ['colour', 'color']],
    ['\\b(?:class(?:room)?|school) news', ['classroom news', 'class news', 'school news']],
    ['\\b(?:ask|tell)\\b', ['ask', 'tell']],
    ['\\b(?:go )+team', ['go ']],
    ['\\b(?:on|at) (?:our|the) \\w+ site', ['on our ', 'on the ', 'at our ', 'at the ']],
    // An escaped punctuation mark and a class of a few characters are literal text too.
    ['\\bp\\.t\\.a\\b', ['p.t.a']],
    [
      '\\bp\\.? ?o\\.? box',
      ['p. o. box', 'p. o box', 'p.o. box', 'p.o box', 'p o. box', 'p o box', 'po. box', 'po box'],
    ],
    [
      '\\b(?:two|2)[- ]hour delay',
      ['two-hour delay', 'two hour delay', '2-hour delay', '2 hour delay'],
    ],
    ['\\bwi[- ]?fi\\b', ['wi-fi', 'wi fi', 'wifi']],
    ['\\bco[^a]op', ['co']],
    ['\\bx[a-c]y', ['x']],
  ])('the literal text %s starts with', (source, literals) => {
    expect(leadingLiterals(source)).toEqual(literals);
  });

  test.each([
    ['no word edge first', '(?:\\d{3})-\\d{4}'],
    ['an alternative at the top level with no word edge', '\\bschool\\b|\\d{3}-\\d{4}'],
    ['a class first', '\\b[a-z]+ school'],
  ])('none when %s', (_, source) => {
    expect(leadingWords(source)).toBeNull();
  });
});
