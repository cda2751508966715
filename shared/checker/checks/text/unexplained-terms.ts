import { type GlossaryEntry, glossary } from '../../data';
import type { DocumentModel, TextBlock } from '../../document-model';
import type { CheckContext, CheckFunction, Hit } from '../types';
import { isMostlyCapitals } from './all-caps';
import { blockLanguages, blocksInScope } from './block-scope';
import { allMatches, anyOf, phrasePattern } from './compile';
import { candidateBlocks, gatedRegex, lowered, triggersOfTerms } from './pattern-index';
import { sentenceIndexAt } from './quote';

/**
 * Jargon and acronyms from the glossary (plus a district's `extraGlossary`) that are not explained
 * at or before their first use. Explained means: the acronym's expansion appears earlier in the
 * message or in the same sentence; or the term sits next to a parenthesis ("Individualized
 * Education Program (IEP)", "IEP (Individualized Education Program)"); or an explanation follows
 * it (", a plan that...", " – ", ": ", " means", "por sus siglas").
 *
 * Option `kind`: `"acronym"` (all-capital terms, matched case-sensitively) or `"term"` (the rest,
 * matched case-insensitively). Two rules use this check so each kind has its own severity.
 */
interface Entry extends GlossaryEntry {
  caseSensitive: boolean;
}

export function isAcronym(term: string): boolean {
  return /\p{Lu}/u.test(term) && !/\p{Ll}{2,}/u.test(term.replace(/s$/, ''));
}

const districtSource = "Your district's glossary (added in the extension's options).";

function entriesFor(context: CheckContext): Entry[] {
  const extra: GlossaryEntry[] = (context.options.extraGlossary ?? []).map((e) => ({
    term: e.term,
    explanation: e.explanation,
    source: districtSource,
  }));
  // A district's own entry replaces the built-in one for the same term.
  const overridden = new Set(extra.map((e) => e.term.toLowerCase()));
  return [...extra, ...glossary().filter((e) => !overridden.has(e.term.toLowerCase()))].map(
    (e) => ({ ...e, caseSensitive: isAcronym(e.term) }),
  );
}

/** After the term: an explanation introduced by a comma, dash, colon or a defining verb. */
const EXPLAINED_AFTER =
  /^(?:\s*\(|\s*[–—:]\s|\s+-\s|,\s+(?:a|an|which|who|that|meaning|where|when|un|una|que|es decir|por sus siglas)\b|\s+(?:means|stands for|refers to|is (?:a|an|when|where)\b|significa|quiere decir|es (?:un|una)\b|por sus siglas))/iu;
/** Just before the term: an opening parenthesis after words ("Individualized Education Program (IEP"). */
const EXPLAINED_BEFORE = /[\p{L}\p{N}][^()]*\(\s*$/u;
/** Part of a web address, an e-mail address or a file name, not prose. */
const IN_ADDRESS_BEFORE = /[/@#_.\\=]$/u;
const IN_ADDRESS_AFTER = /^(?:[@_/\\]|\.[\p{L}\p{N}])/u;

interface Lookup {
  /** Acronyms: case-sensitive, on the block's text. Terms: on its lower-cased text. */
  regex: RegExp;
  entryOf: Map<string, Entry>;
  triggers: string[] | null;
  lowerCase: boolean;
}

const lookups = new WeakMap<CheckContext['options'], Map<string, Lookup>>();

function lookupFor(
  context: CheckContext,
  language: string,
  kind: 'acronym' | 'term',
): Lookup | undefined {
  let byKey = lookups.get(context.options);
  if (!byKey) {
    byKey = new Map();
    lookups.set(context.options, byKey);
  }
  const key = `${language}/${kind}`;
  if (byKey.has(key)) return byKey.get(key);
  const entryOf = new Map<string, Entry>();
  for (const entry of entriesFor(context)) {
    if ((entry.language ?? 'en') !== language) continue;
    if (entry.caseSensitive !== (kind === 'acronym')) continue;
    for (const form of [entry.term, ...(entry.aliases ?? [])]) {
      const k = normalise(form, kind);
      if (!entryOf.has(k)) entryOf.set(k, entry);
    }
  }
  const forms = [...entryOf.keys()].sort((a, b) => b.length - a.length);
  const lookup =
    forms.length === 0
      ? undefined
      : kind === 'acronym'
        ? {
            regex: anyOf(forms.map(phrasePattern), 'gu'),
            entryOf,
            triggers: triggersOfTerms(forms),
            lowerCase: false,
          }
        : { ...gatedRegex(forms.map(phrasePattern)), entryOf, lowerCase: true };
  byKey.set(key, lookup as Lookup);
  return lookup;
}

function normalise(text: string, kind: 'acronym' | 'term'): string {
  return (kind === 'acronym' ? text : text.toLowerCase()).replace(/\s+/g, ' ');
}

function isExplained(
  blockText: string,
  start: number,
  end: number,
  sentenceText: string,
  before: string,
  entry: Entry,
): boolean {
  if (EXPLAINED_AFTER.test(blockText.slice(end, end + 40))) return true;
  if (EXPLAINED_BEFORE.test(blockText.slice(Math.max(0, start - 80), start))) return true;
  if (entry.expansion) {
    const expansion = new RegExp(phrasePattern(entry.expansion).replace(/\\s\+/g, '[\\s-]+'), 'iu');
    if (expansion.test(before) || expansion.test(sentenceText)) return true;
  }
  return false;
}

const seenTextCache = new WeakMap<DocumentModel, string[]>();

/** Text of every block before `index`, joined, for "explained earlier" (computed once per document). */
function textBefore(model: DocumentModel, blockIndex: number, offset: number): string {
  let prefix = seenTextCache.get(model);
  if (!prefix) {
    prefix = [];
    let running = '';
    for (const b of model.blocks) {
      prefix.push(running);
      running += `${b.text}\n`;
    }
    seenTextCache.set(model, prefix);
  }
  const block = model.blocks[blockIndex] as TextBlock;
  return (prefix[blockIndex] ?? '') + block.text.slice(0, offset);
}

export const unexplainedTerms: CheckFunction = (context) => {
  const kind = context.rule.options?.kind === 'term' ? 'term' : 'acronym';
  const languages = [
    ...new Set([
      ...glossary().map((e) => e.language ?? 'en'),
      ...(context.options.extraGlossary?.length ? ['en'] : []),
    ]),
  ];
  // Keyed by the term as written, so "PTA" in the English and the Spanish glossary counts once.
  const firstSeen = new Set<string>();
  const hits: Hit[] = [];
  const inScope = new Set(blocksInScope(context));
  const candidates = new Map<string, Set<number>>();
  for (const language of languages) {
    const lookup = lookupFor(context, language, kind);
    if (lookup) candidates.set(language, new Set(candidateBlocks(context.model, lookup)));
  }
  context.model.blocks.forEach((block, blockIndex) => {
    if (!inScope.has(block) || isMostlyCapitals(block.text)) return;
    for (const language of blockLanguages(context, block, languages)) {
      const lookup = lookupFor(context, language, kind);
      if (!lookup || !candidates.get(language)?.has(blockIndex)) continue;
      const text = lookup.lowerCase ? lowered(block) : block.text;
      for (const match of allMatches(lookup.regex, text)) {
        const entry = lookup.entryOf.get(normalise(match[0], kind));
        if (!entry) continue;
        const seenKey = normalise(entry.term, kind);
        if (firstSeen.has(seenKey)) continue;
        const start = match.index;
        const end = start + match[0].length;
        if (IN_ADDRESS_BEFORE.test(block.text.slice(0, start))) continue;
        if (IN_ADDRESS_AFTER.test(block.text.slice(end))) continue;
        firstSeen.add(seenKey);
        const sentences = context.sentences(block);
        const sentence = sentences[sentenceIndexAt(sentences, start)];
        const before = textBefore(context.model, blockIndex, start);
        if (isExplained(block.text, start, end, sentence?.text ?? '', before, entry)) continue;
        const quote = block.text.slice(start, end);
        hits.push({
          quote,
          position: { ref: block.ref, start, end },
          message: messageFor(quote, entry),
        });
      }
    }
  });
  return hits;
};

function messageFor(found: string, entry: Entry): string {
  const spelled = entry.expansion ? `${entry.expansion} (${found})` : found;
  return `“${found}” may be new to families. Explain it the first time you use it, e.g. “${spelled}: ${entry.explanation}”`;
}
