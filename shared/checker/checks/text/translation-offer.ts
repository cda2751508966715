import { languageNames } from '../../data';
import type { DocumentModel, TextBlock } from '../../document-model';
import offersTranslationJson from '../../rules/text/offers-translation.json' with { type: 'json' };
import type { CheckContext, CheckFunction, Hit } from '../types';
import { bundledRule } from './bundled-rule';
import { compileLater, phrasePattern } from './compile';
import { matchPatterns } from './match-patterns';
import {
  type GatedRegex,
  gatedMatches,
  gatedRegex,
  matchesInText,
  mayMatch,
} from './pattern-index';
import { findTranslatedVersion } from './translated-version';
import { lowered, lowerSameLength } from './word-starts';

/**
 * Whether the message offers a translation or an interpreter, and in which languages:
 * - links named in a language's own name ("Español", "Tiếng Việt", "中文") or marked with a
 *   `lang`/`hreflang` other than the message's;
 * - a block that is a language menu ("English | Español | Soomaali");
 * - a translate widget on the page (Google Translate, GTranslate, Weglot);
 * - the wording of offers in rules/text/offers-translation.json ("interpreters are available",
 *   "en español", "llame ... intérprete"), with the languages each sentence names.
 * - lines that name a language and then speak it ("Spanish: Haga clic aquí...").
 * An offer only of the message's own language (a Spanish note saying "en español") does not count,
 * unless it offers translation or interpretation (of an English-language meeting, say).
 * The report's `translation` field and the 2.1.2 tag both come from here.
 */
export interface TranslationOffers {
  hits: Hit[];
  /** Languages offered, ISO 639-1 where there is one; empty when an offer names none. */
  languages: string[];
}

const translationOfferRule = bundledRule(offersTranslationJson, 'offers-translation.json');

/**
 * Whether offers made in `language` can be read: the rule has wording for it. Links, menus and
 * translate widgets are found in any language, but an offer written as a sentence is not.
 */
export function readsOffersIn(language: string): boolean {
  return (translationOfferRule().patterns?.[language]?.length ?? 0) > 0;
}

interface NameIndex {
  /** Own names, lower-cased: "español" -> "es". */
  endonyms: Map<string, string>;
  /** A text where no word starts like an endonym names none. */
  endonymGated: GatedRegex;
  /** Any name of a language in any language, for naming what a sentence offers. */
  anyName: GatedRegex;
  codeOfName: Map<string, string>;
  /** A line that starts with a language's name and a colon or dash: "Spanish: Haga clic aquí...". */
  labelledLine: RegExp;
}

let nameIndex: NameIndex | undefined;
function names(): NameIndex {
  if (nameIndex) return nameIndex;
  const endonyms = new Map<string, string>();
  const codeOfName = new Map<string, string>();
  for (const language of languageNames()) {
    for (const e of language.endonyms) endonyms.set(e.toLocaleLowerCase(), language.code);
    for (const list of Object.values(language.names)) {
      for (const n of list) codeOfName.set(n.toLocaleLowerCase(), language.code);
    }
    for (const e of language.endonyms) codeOfName.set(e.toLocaleLowerCase(), language.code);
  }
  const byLength = (a: string, b: string) => b.length - a.length;
  const allNames = [...codeOfName.keys()].sort(byLength).map(phrasePattern);
  const endonymGated = gatedRegex([...endonyms.keys()].sort(byLength).map(phrasePattern));
  nameIndex = {
    endonyms,
    endonymGated,
    anyName: gatedRegex(allNames),
    codeOfName,
    labelledLine: new RegExp(
      `^[\\s*•·\\-–—]*(?<name>${allNames.join('|')})\\s*(?:\\([^)]{0,30}\\))?\\s*[:：\\-–—]\\s*(?<rest>\\S.*)$`,
      'su',
    ),
  };
  // Used whole (not gated), so compiled ahead whole.
  const index = nameIndex;
  compileLater(() => index.labelledLine);
  return nameIndex;
}

/** Words that may sit beside a language's name in a language link: "Leer en español", "Español (Spanish)". */
const LINK_FILLER =
  /\b(?:in|en|na|click|here|aquí|aqui|for|para|pour|read|leer|lire|view|ver|this|esta|page|página|newsletter|boletín|version|versión|translation|traducción|the|la|el|le|language|idioma|langue)\b/giu;

/** `text` must be lower case (see pattern-index.ts). */
function languagesInLinkText(text: string): string[] {
  const { endonymGated, endonyms, codeOfName, anyName } = names();
  if (!mayMatch(text, endonymGated)) return [];
  const found = new Set<string>();
  const named = matchesInText(text, endonymGated);
  for (const m of named) {
    const code = endonyms.get(m[0].toLocaleLowerCase());
    if (code) found.add(code);
  }
  if (found.size === 0) return [];
  // Everything else in the link must be another name of a language or filler words.
  const withoutEndonyms = blankOut(text, named);
  const otherNames = matchesInText(withoutEndonyms, anyName).filter((m) =>
    codeOfName.has(m[0].toLocaleLowerCase()),
  );
  const rest = blankOut(withoutEndonyms, otherNames)
    .replace(LINK_FILLER, ' ')
    .replace(/[\p{P}\p{S}\s\d]+/gu, '');
  return rest.length === 0 ? [...found] : [];
}

/** `text` with each match replaced by a space. */
function blankOut(text: string, matches: readonly RegExpExecArray[]): string {
  if (matches.length === 0) return text;
  let out = '';
  let from = 0;
  for (const m of matches) {
    out += `${text.slice(from, m.index)} `;
    from = m.index + m[0].length;
  }
  return out + text.slice(from);
}

/** Languages a lower-cased sentence names ("interpreters in spanish and somali"). */
function languagesNamedIn(text: string): string[] {
  const { anyName, codeOfName } = names();
  const found = new Set<string>();
  for (const m of matchesInText(text, anyName)) {
    const code = codeOfName.get(m[0].toLocaleLowerCase());
    if (code) found.add(code);
  }
  return [...found];
}

function primarySubtag(lang: string | null | undefined): string | null {
  return lang ? (lang.toLowerCase().split(/[-_]/)[0] ?? null) : null;
}

const cache = new WeakMap<DocumentModel, TranslationOffers>();
const withVersions = new WeakMap<DocumentModel, TranslationOffers>();
const MENU_MAX_LENGTH = 160;

const WIDGET_NAMES: Record<NonNullable<DocumentModel['translateWidgets']>[number]['kind'], string> =
  {
    'google-translate': 'Google Translate',
    gtranslate: 'GTranslate',
    weglot: 'Weglot',
  };

/**
 * Every way the message gives families another language: the offers below and, from
 * translated-version.ts, a version of the message in another language (a bilingual newsletter).
 * The report's `translation` field reads this.
 */
export function findTranslationOffers(context: CheckContext): TranslationOffers {
  const cached = withVersions.get(context.model);
  if (cached) return cached;
  const offers = offersIn(context);
  const versions = findTranslatedVersion(context);
  const result =
    versions.hits.length === 0
      ? offers
      : {
          hits: [...offers.hits, ...versions.hits],
          languages: [...new Set([...offers.languages, ...versions.languages])].sort(),
        };
  withVersions.set(context.model, result);
  return result;
}

function offersIn(context: CheckContext): TranslationOffers {
  const cached = cache.get(context.model);
  if (cached) return cached;
  const { model } = context;
  const own = context.primaryLanguage ?? primarySubtag(model.htmlLang) ?? null;
  const hits: Hit[] = [];
  const languages = new Set<string>();
  const offer = (codes: string[], hit: Hit): void => {
    const others = codes.filter((c) => c !== own);
    if (codes.length > 0 && others.length === 0) return;
    for (const c of others) languages.add(c);
    hits.push(hit);
  };

  for (const widget of model.translateWidgets ?? []) {
    const name = WIDGET_NAMES[widget.kind];
    hits.push({
      quote: '',
      ...(widget.ref === undefined ? {} : { position: { ref: widget.ref, start: 0, end: 0 } }),
      message: `The page has a ${name} widget that translates it into the language a family picks. Say so in words near the top, too: families may not notice the widget.`,
    });
  }

  for (const link of model.links) {
    const text = link.text.trim();
    const byName = languagesInLinkText(lowerSameLength(text));
    const byLang = primarySubtag(link.lang);
    const codes = byName.length > 0 ? byName : byLang && byLang !== own ? [byLang] : [];
    if (codes.length === 0) continue;
    offer(codes, { quote: text, position: { ref: link.ref, start: 0, end: link.text.length } });
  }

  // A language menu is a short line of names; longer blocks are prose. Only short blocks where an
  // own name matches are read, found from the document's word starts like the rules' patterns.
  const blocks = model.blocks;
  const short = (index: number) => (blocks[index] as TextBlock).text.length <= MENU_MAX_LENGTH;
  const naming = new Set(gatedMatches(model, names().endonymGated, short).map((m) => m.blockIndex));
  for (const [index, block] of blocks.entries()) {
    if (!naming.has(index)) continue;
    const menu = languagesInLinkText(lowered(block));
    if (menu.length >= 2) {
      offer(menu, {
        quote: block.text,
        position: { ref: block.ref, start: 0, end: block.text.length },
      });
    }
  }

  const labelled = languageLabelledLines(context, own);
  if (labelled.length >= MIN_LABELLED_LINES) {
    for (const { code, hit } of labelled) offer([code], hit);
  }

  const rule = translationOfferRule();
  for (const hit of matchPatterns({ ...context, rule })) {
    const lowerQuote = lowerSameLength(hit.quote);
    const named = languagesNamedIn(lowerQuote.replace(OTHER_THAN_LANGUAGE, ''));
    // "Traducción en español estará disponible" in a Spanish notice about an English-language
    // event is a real offer; a bare "en español" in a Spanish message is not.
    // So is "(hablamos español)" beside a phone number: someone answers in the family's language.
    if (
      named.length > 0 &&
      named.every((c) => c === own) &&
      (TRANSLATION_WORD.test(lowerQuote) || STAFF_SPEAK.test(lowerQuote))
    ) {
      hits.push(hit);
      continue;
    }
    offer(named, hit);
  }

  const result = { hits, languages: [...languages].sort() };
  cache.set(model, result);
  return result;
}

/** Two lines like "Spanish: Haga clic aquí..." make a list of translations. */
const MIN_LABELLED_LINES = 2;
const LABELLED_LINE_MAX_LENGTH = 200;
const LABEL_MAX_LENGTH = 45;
const TRANSLATION_WORD = /tradu|interpr|translat|intérpr/u;
/**
 * Staff who answer in a language, beside a number to call or in brackets after one: an offer of
 * help in it even in a message already in it. "En casa hablamos español" is not.
 */
const STAFF_SPEAK =
  /\(\s*(?:hablamos|se habla) \p{L}+\s*\)|\b(?:llame|llámenos|llamen|llamar|teléfono)\b[^.!?]{0,60}\b(?:hablamos|se habla)\b/u;
/** "Available in languages other than English" offers every language but the one it names. */
const OTHER_THAN_LANGUAGE = /\bother than \p{L}+/gu;
const NON_LATIN_LETTERS = /(?!\p{Script=Latin})\p{L}/u;

/**
 * Lines that name a language and then speak it: "Spanish: Haga clic aquí para la traducción.",
 * "Vietnamese: Nhấn vào đây...". A district page lists its translations this way when the links
 * are pasted as text. The rest of the line must not be in the message's own language: its
 * detected language differs, or it is written in another script.
 */
function languageLabelledLines(
  context: CheckContext,
  own: string | null,
): { code: string; hit: Hit }[] {
  const { labelledLine, codeOfName } = names();
  const found: { code: string; hit: Hit }[] = [];
  for (const block of context.model.blocks) {
    if (block.text.length > LABELLED_LINE_MAX_LENGTH) continue;
    // The name comes first and is short: a line with no colon or dash near its start is skipped.
    const mark = block.text.search(/[:：\-–—]/u);
    if (mark < 0 || mark > LABEL_MAX_LENGTH) continue;
    const match = labelledLine.exec(lowered(block));
    const name = match?.groups?.name;
    const rest = match?.groups?.rest;
    if (!name || !rest) continue;
    const code = codeOfName.get(name.toLocaleLowerCase());
    if (!code || code === own) continue;
    const detected = context.blockLanguage(block);
    const otherLanguage = detected ? detected !== own : NON_LATIN_LETTERS.test(rest);
    if (!otherLanguage) continue;
    found.push({
      code,
      hit: { quote: block.text, position: { ref: block.ref, start: 0, end: block.text.length } },
    });
  }
  return found;
}

/** The 2.1.2 tag: each offer of a translation or an interpreter is evidence. */
export const translationOffered: CheckFunction = (context) => offersIn(context).hits;
