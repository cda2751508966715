import { type GlossaryEntry, glossary } from '../../data';
import type { DocumentModel, TextBlock } from '../../document-model';
import type { CheckContext, CheckFunction, Hit } from '../types';
import { isMostlyCapitalBlock } from './all-caps';
import { anyOf, phrasePattern } from './compile';
import { matchesByLanguage } from './matches-by-language';
import { type GatedRegex, gatedRegex } from './pattern-index';
import { sentenceIndexAt } from './quote';
import { lowered } from './word-starts';

/**
 * Jargon and acronyms from the glossary (plus a district's `extraGlossary`) that are not explained
 * at or before their first use. Explained means: the acronym's expansion appears earlier in the
 * message or in the same sentence; or the term sits next to a parenthesis ("Individualized
 * Education Program (IEP)", "IEP (Individualized Education Program)"); or an explanation follows
 * it (", a plan that...", " – ", ": ", " means", "por sus siglas", or the sentence it begins: "X is a...").
 *
 * Option `kind`: `"acronym"` (all-capital terms, matched case-sensitively) or `"term"` (the rest,
 * matched case-insensitively); each term and alias by its own shape, so an acronym's spelled-out
 * alias ("social emotional learning" for SEL) is jargon. Two rules use this check so each kind has its own severity.
 */

export function isAcronym(term: string): boolean {
  return /\p{Lu}/u.test(term) && !/\p{Ll}{2,}/u.test(term.replace(/s$/, ''));
}

/** Where a district's own terms (CheckOptions.extraGlossary, the extension's options) come from. */
const districtSource = "Your district's jargon list (extension options)";

function entriesFor(context: CheckContext): GlossaryEntry[] {
  const extra: GlossaryEntry[] = (context.options.extraGlossary ?? []).map((e) => ({
    term: e.term,
    explanation: e.explanation,
    source: districtSource,
  }));
  // A district's own entry replaces the built-in one for the same term.
  const overridden = new Set(extra.map((e) => e.term.toLowerCase()));
  return [...extra, ...glossary().filter((e) => !overridden.has(e.term.toLowerCase()))];
}

/** After the term: an explanation introduced by a comma, dash, colon or a defining verb. */
const EXPLAINED_AFTER =
  /^(?:\s*\(|\s*[–—:]\s|\s+-\s|,\s+(?:a|an|which|who|that|meaning|where|when|un|una|que|es decir|por sus siglas)\b|\s+(?:means|stands for|refers to|is (?:a|an|when|where)\b|significa|quiere decir|es (?:un|una)\b|por sus siglas))/iu;
/**
 * After the term: the sentence it begins defines it ("Title I, is a federally funded program",
 * "Title I is the federal program"), or the rest of a law's or program's formal name does ("The
 * McKinney-Vento Homeless Education Assistance Act is the federal law that..."). Case-sensitive,
 * so the rest of the name is capitalised words only, and it must end in a word such as "Act":
 * "FAFSA Night is the best time" and "Our PBIS Store is the place" speak of an event or a shop.
 */
const FORMAL_NAME_REST =
  /^(?:\s+\p{Lu}[\p{L}'’-]*){0,4}?\s+(?:Act|Law|Program|Programme|Standards|Grant|Fund|Funds)\b/u;
const DEFINING_VERB = /^,?\s+(?:(?:is|are|Is|Are)\s+(?:a|an|the)|es\s+(?:un|una))\s/u;
/**
 * After the term and other capitalised words, a bracket: it explains the term only when it holds
 * the acronym or its expansion ("Common Core State Standards (CCSS)"), not a time ("FAFSA Night
 * (Tuesday, 6 pm)").
 */
const BRACKET_AFTER_NAME = /^(?:\s+\p{Lu}[\p{L}'’-]*){1,5}\s*\(([^()]*)/u;

function definedBySentence(after: string, entry: GlossaryEntry): boolean {
  const rest = FORMAL_NAME_REST.exec(after)?.[0] ?? '';
  if (DEFINING_VERB.test(after.slice(rest.length))) return true;
  const bracketed = BRACKET_AFTER_NAME.exec(after)?.[1];
  return bracketed !== undefined && namesTheTerm(bracketed, entry);
}

/** Whether `text` holds the entry's term, one of its aliases or its expansion. */
function namesTheTerm(text: string, entry: GlossaryEntry): boolean {
  const names = [entry.term, ...(entry.aliases ?? []), entry.expansion ?? ''];
  return names.some((name) => name !== '' && expansionRegex(name).test(text));
}
/** Just before the term: an opening parenthesis after words ("Individualized Education Program (IEP"). */
const EXPLAINED_BEFORE = /[\p{L}\p{N}][^()]*\(\s*$/u;
/** Part of a web address, an e-mail address or a file name, not prose. */
const IN_ADDRESS_BEFORE = /[/@#_.\\=]$/u;
const IN_ADDRESS_AFTER = /^(?:[@_/\\]|\.[\p{L}\p{N}])/u;

interface Lookup {
  /** Acronyms: case-sensitive, on the block's text. Terms: on its lower-cased text. */
  gated: GatedRegex;
  entryOf: Map<string, GlossaryEntry>;
  lowerCase: boolean;
}

type Lookups = Map<string, Lookup | undefined>;

/**
 * Lookups by language and kind, built once per glossary: the built-in one, or the built-in one with
 * a district's extra terms (keyed by their content, since settings are read afresh for each check).
 */
const lookupsByGlossary = new Map<string, Lookups>();
const MAX_GLOSSARIES_KEPT = 8;

function lookupsFor(context: CheckContext): Lookups {
  const extra = context.options.extraGlossary ?? [];
  const key = extra.length === 0 ? '' : JSON.stringify(extra.map((e) => [e.term, e.explanation]));
  let lookups = lookupsByGlossary.get(key);
  if (!lookups) {
    if (lookupsByGlossary.size >= MAX_GLOSSARIES_KEPT) lookupsByGlossary.clear();
    lookups = new Map();
    lookupsByGlossary.set(key, lookups);
  }
  return lookups;
}

function lookupFor(
  lookups: Lookups,
  context: CheckContext,
  language: string,
  kind: 'acronym' | 'term',
): Lookup | undefined {
  const key = `${language}/${kind}`;
  if (lookups.has(key)) return lookups.get(key);
  const entryOf = new Map<string, GlossaryEntry>();
  for (const entry of entriesFor(context)) {
    if ((entry.language ?? 'en') !== language) continue;
    for (const form of [entry.term, ...(entry.aliases ?? [])]) {
      // Each form by its own shape: SEL is an acronym, its alias "social emotional learning" is
      // jargon, matched in any case and reported by the jargon rule.
      if (isAcronym(form) !== (kind === 'acronym')) continue;
      const k = normalise(form, kind);
      if (!entryOf.has(k)) entryOf.set(k, entry);
    }
  }
  const forms = [...entryOf.keys()].sort((a, b) => b.length - a.length);
  const lookup: Lookup | undefined =
    forms.length === 0
      ? undefined
      : {
          gated: gatedRegex(forms.map(phrasePattern), undefined, { keepCase: kind === 'acronym' }),
          entryOf,
          lowerCase: kind !== 'acronym',
        };
  lookups.set(key, lookup);
  return lookup;
}

function normalise(text: string, kind: 'acronym' | 'term'): string {
  return (kind === 'acronym' ? text : text.toLowerCase()).replace(/\s+/g, ' ');
}

const expansionRegexes = new Map<string, RegExp>();

/** An acronym's expansion, hyphens or spaces between its words ("Individualized Education Program"). */
function expansionRegex(expansion: string): RegExp {
  let regex = expansionRegexes.get(expansion);
  if (!regex) {
    regex = new RegExp(phrasePattern(expansion).replace(/\\s\+/g, '[\\s-]+'), 'iu');
    expansionRegexes.set(expansion, regex);
  }
  return regex;
}

/** Whether one of an entry's patterns (`explainedBy`, `otherSense`) is found in `text`. */
function anyPatternIn(patterns: readonly string[] | undefined, text: string): boolean {
  return patterns !== undefined && patterns.length > 0 && anyOf(patterns).test(text);
}

function isExplained(
  blockText: string,
  start: number,
  end: number,
  sentenceText: string,
  nearbyText: () => string,
  before: string,
  entry: GlossaryEntry,
): boolean {
  // The entry's `explainedBy` words, in the term's sentence or the one before or after it.
  if (entry.explainedBy && anyPatternIn(entry.explainedBy, nearbyText())) return true;
  const after = blockText.slice(end, end + 80);
  if (EXPLAINED_AFTER.test(after) || definedBySentence(after, entry)) return true;
  if (EXPLAINED_BEFORE.test(blockText.slice(Math.max(0, start - 80), start))) return true;
  // A spelled-out form ("social emotional learning" for SEL) would find itself as the expansion.
  if (entry.expansion && isAcronym(blockText.slice(start, end))) {
    const expansion = expansionRegex(entry.expansion);
    if (expansion.test(before) || expansion.test(sentenceText)) return true;
  }
  return false;
}

/** The blocks' texts joined, and where each block starts in it (computed once per document). */
interface JoinedText {
  text: string;
  startOf: number[];
}

const joinedTextCache = new WeakMap<DocumentModel, JoinedText>();

function joinedText(model: DocumentModel): JoinedText {
  let joined = joinedTextCache.get(model);
  if (!joined) {
    const startOf: number[] = [];
    let text = '';
    for (const b of model.blocks) {
      startOf.push(text.length);
      text += `${b.text}\n`;
    }
    joined = { text, startOf };
    joinedTextCache.set(model, joined);
  }
  return joined;
}

/** Text of every block before `blockIndex`, and of that block before `offset`: for "explained earlier". */
function textBefore(model: DocumentModel, blockIndex: number, offset: number): string {
  const { text, startOf } = joinedText(model);
  return text.slice(0, (startOf[blockIndex] ?? 0) + offset);
}

/**
 * An acronym's expansion as written further down the message ("Parent Teacher Organization (PTO)"
 * two paragraphs after the first "PTO"), so the finding can say to move it rather than to add one.
 */
function expansionLater(
  model: DocumentModel,
  blockIndex: number,
  offset: number,
  entry: GlossaryEntry,
): string | undefined {
  if (!entry.expansion) return undefined;
  const { text, startOf } = joinedText(model);
  return expansionRegex(entry.expansion).exec(text.slice((startOf[blockIndex] ?? 0) + offset))?.[0];
}

const originalText = (block: TextBlock) => block.text;

const builtInLanguages = (): string[] => [...new Set(glossary().map((e) => e.language ?? 'en'))];
let glossaryLanguages: string[] | undefined;

export const unexplainedTerms: CheckFunction = (context) => {
  const kind = context.rule.options?.kind === 'term' ? 'term' : 'acronym';
  glossaryLanguages ??= builtInLanguages();
  const languages =
    context.options.extraGlossary?.length && !glossaryLanguages.includes('en')
      ? [...glossaryLanguages, 'en']
      : glossaryLanguages;
  const lookups = lookupsFor(context);
  const { model } = context;
  // Keyed by the term as written, so "PTA" in the English and the Spanish glossary counts once.
  const firstSeen = new Set<string>();
  const hits: Hit[] = [];
  const found = matchesByLanguage(
    context,
    languages,
    (language) => lookupFor(lookups, context, language, kind)?.gated,
    {
      skip: isMostlyCapitalBlock,
      textOf: (language) =>
        lookupFor(lookups, context, language, kind)?.lowerCase ? lowered : originalText,
    },
  );
  for (const { block, blockIndex, language, matches } of found) {
    const lookup = lookupFor(lookups, context, language, kind) as Lookup;
    for (const match of matches) {
      const entry = lookup.entryOf.get(normalise(match[0], kind));
      if (!entry) continue;
      const seenKey = normalise(entry.term, kind);
      if (firstSeen.has(seenKey)) continue;
      const start = match.index;
      const end = start + match[0].length;
      if (IN_ADDRESS_BEFORE.test(block.text.slice(0, start))) continue;
      if (IN_ADDRESS_AFTER.test(block.text.slice(end))) continue;
      const sentences = context.sentences(block);
      const sentenceIndex = sentenceIndexAt(sentences, start);
      const sentence = sentences[sentenceIndex];
      // "Hotel accommodations" is not the school sense: no finding, and a later school use is
      // still the first.
      if (anyPatternIn(entry.otherSense, sentence?.text ?? '')) continue;
      firstSeen.add(seenKey);
      // Only the few entries with `explainedBy` words read the sentences around the term.
      const nearby = () =>
        sentences
          .slice(Math.max(0, sentenceIndex - 1), sentenceIndex + 2)
          .map((s) => s.text)
          .join(' ');
      const before = textBefore(model, blockIndex, start);
      if (isExplained(block.text, start, end, sentence?.text ?? '', nearby, before, entry))
        continue;
      const quote = block.text.slice(start, end);
      const later = isAcronym(quote) ? expansionLater(model, blockIndex, end, entry) : undefined;
      hits.push({
        quote,
        position: { ref: block.ref, start, end },
        message: later ? movedMessageFor(quote, later) : messageFor(quote, entry),
        source: entry.source,
      });
    }
  }
  return hits;
};

function messageFor(found: string, entry: GlossaryEntry): string {
  const spelled = entry.expansion && isAcronym(found) ? `${entry.expansion} (${found})` : found;
  return `“${found}” may be new to families. Explain it the first time you use it, e.g. “${spelled}: ${entry.explanation}”`;
}

function movedMessageFor(found: string, laterExpansion: string): string {
  return `“${found}” is spelled out only further down (“${laterExpansion}”). Spell it out here, where families first meet it: “${laterExpansion} (${found})”.`;
}
