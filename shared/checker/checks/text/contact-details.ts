import type { DocumentModel } from '../../document-model';
import type { Rule } from '../../rule-schema';
import givesContactDetailsJson from '../../rules/text/gives-contact-details.json' with {
  type: 'json',
};
import type { CheckContext, CheckFunction, Hit } from '../types';
import { blocksInScope, readsLanguage } from './block-scope';
import { bundledRule } from './bundled-rule';
import { anyOf, hasNonAsciiLetter } from './compile';
import { cancelledByUnless, matchPatterns } from './match-patterns';
import { lowerPattern, triggersOf } from './pattern-starts';
import { quoteAround, sentenceIndexAt } from './quote';
import { lowerSameLength } from './word-starts';
import { blockWords } from './words';

/**
 * Contact details a family can use: `mailto:` and `tel:` links in the blocks the rule reads, and
 * the wording in rules/text/gives-contact-details.json (phone numbers, e-mail and postal
 * addresses, "call the office", "phone numbers are listed here"). Dial-in numbers for a video
 * meeting are not contact details (the rule's `unless`).
 *
 * `findContactDetails` answers whether the message gives any contact details (the evaluation's
 * `hasContact`). The 2.1.5 tag is narrower: the details must be given for follow-up (the rule's
 * `followUpPurpose` option: questions, help, information nearby), and the number of a clinic, a
 * help line or a government office (`outsideOrganisation`) connects families to someone else,
 * which is 4.1.4 or 6.2.2, not the school enabling follow-up. Addresses in a page's footer beside
 * its copyright line (`pageFurniture`) are the site's furniture: contact details, but not offered
 * for follow-up on this message. So are details given for something else (`notForFollowUp`): a
 * number to call to report an absence, an address to return a form to, the PTA's officers to reach
 * to join or for minutes. Families can use them, so they count for `hasContact`, but they ask
 * families to report, return or join, not to follow up on the message. Unless the contact's own
 * sentence asks for questions (`asksQuestions`): "Please return the form by Friday. If you have
 * questions, call…" and "Questions about the form that must be returned? Call…" invite follow-up.
 */
export interface ContactDetails {
  hits: Hit[];
}

const givesContactDetailsRule = bundledRule(givesContactDetailsJson, 'gives-contact-details.json');

const cache = new WeakMap<DocumentModel, ContactDetails>();

export function findContactDetails(context: CheckContext): ContactDetails {
  const cached = cache.get(context.model);
  if (cached) return cached;
  const rule = context.rule.check === 'contact-details' ? context.rule : givesContactDetailsRule();
  const scoped = { ...context, rule };
  const inScope = new Set(blocksInScope(scoped).map((b) => b.ref));
  const hits: Hit[] = [];
  for (const link of context.model.links) {
    if (!/^(?:mailto|tel):/i.test(link.href.trim())) continue;
    if (link.blockRef !== undefined && !inScope.has(link.blockRef)) continue;
    const text = link.text.trim() || link.href.trim();
    hits.push({ quote: text, position: { ref: link.ref, start: 0, end: link.text.length } });
  }
  const result = { hits: [...hits, ...matchPatterns(scoped), ...inUnreadLanguages(scoped)] };
  cache.set(context.model, result);
  return result;
}

/**
 * Phone numbers and e-mail addresses are written alike in every language: the rule's patterns
 * that start with no word (those are they) are also scanned on blocks in a language the rule has
 * no wording for, so an Arabic or Chinese notice's number is found. Blocks the rule reads in one
 * of its languages were scanned already.
 */
function inUnreadLanguages(context: CheckContext): Hit[] {
  const patterns = context.rule.patterns ?? {};
  const languages = Object.keys(patterns);
  const neutral = languageNeutralRegex(context.rule);
  if (!neutral) return [];
  const hits: Hit[] = [];
  for (const block of blocksInScope(context)) {
    if (languages.some((language) => readsLanguage(context, block, language))) continue;
    const sentences = context.sentences(block);
    const taken = new Set<number>();
    for (const match of block.text.matchAll(neutral)) {
      const index = sentenceIndexAt(sentences, match.index);
      const sentence = sentences[index];
      if (taken.has(index) || cancelledByUnless(context, '*', sentence?.text ?? block.text)) {
        continue;
      }
      taken.add(index);
      hits.push(quoteAround(block, sentence, match.index, match.index + match[0].length));
    }
  }
  return hits;
}

const neutralRegexes = new WeakMap<Rule, RegExp | null>();

function languageNeutralRegex(rule: Rule): RegExp | null {
  let regex = neutralRegexes.get(rule);
  if (regex === undefined) {
    const sources = [...new Set(Object.values(rule.patterns ?? {}).flat())].filter(
      (source) => triggersOf([source]) === null,
    );
    regex = sources.length > 0 ? new RegExp(anyOf(sources).source, 'giu') : null;
    neutralRegexes.set(rule, regex);
  }
  return regex;
}

/**
 * The 2.1.5 tag: contact details given for follow-up (questions, help, information nearby), except
 * those of an outside organisation.
 */
export const contactDetails: CheckFunction = (context) => {
  const outside = optionTest(context.rule, 'outsideOrganisation');
  const purpose = optionTest(context.rule, 'followUpPurpose');
  const furniture = optionTest(context.rule, 'pageFurniture');
  const otherPurpose = optionTest(context.rule, 'notForFollowUp');
  const asksQuestions = optionTest(context.rule, 'asksQuestions');
  return findContactDetails(context).hits.filter((hit) => {
    const { own, around } = sentencesOf(context, hit);
    const lowered = lowerSameLength(around);
    if (outside?.(lowered) || furniture?.(lowered)) return false;
    // "Please return the form by Friday. If you have questions, call…": the contact's own
    // sentence asks for questions, so it is there for follow-up whatever came before it.
    const forOtherPurpose = otherPurpose?.(lowered) && !asksQuestions?.(lowerSameLength(own));
    return !forOtherPurpose && (purpose?.(lowered) ?? true);
  });
};

type TextTest = (loweredText: string) => boolean;

const optionTests = new WeakMap<Rule, Map<string, TextTest | null>>();

/**
 * Whether a rule option's patterns (held by language) match somewhere in a lower-cased text;
 * `null` when the rule has no such option.
 */
function optionTest(rule: Rule, name: string): TextTest | null {
  let byName = optionTests.get(rule);
  if (!byName) {
    byName = new Map();
    optionTests.set(rule, byName);
  }
  let test = byName.get(name);
  if (test === undefined) {
    test = compileOption(rule, name);
    byName.set(name, test);
  }
  return test;
}

const NON_LATIN_LETTER = /(?=\p{L})\P{Script=Latin}/u;

/**
 * The option's patterns as three regexes, each tested on the lower-cased text without the `i`
 * flag. Plain-ASCII patterns keep V8's native word edges; patterns with accented letters need the
 * slower Unicode ones (`unicodeWords`); patterns written in Arabic, Chinese, Korean or Russian
 * letters only are tried only on a text with a letter outside the Latin script. As one
 * case-insensitive regex, the four options took 0.1 to 0.3 ms for each contact detail's sentence,
 * five times as long, and about a tenth of a batch's check time.
 */
function compileOption(rule: Rule, name: string): TextTest | null {
  const option = rule.options?.[name];
  if (!option || typeof option !== 'object') return null;
  const sources = Object.values(option as Record<string, unknown>).flatMap((l) =>
    Array.isArray(l) ? l.filter((p): p is string => typeof p === 'string') : [],
  );
  if (sources.length === 0) return null;
  const compiled = (of: string[]) => (of.length > 0 ? anyOf(of.map(lowerPattern), 'u') : null);
  const latin = sources.filter((source) => !NON_LATIN_LETTER.test(source));
  const ascii = compiled(latin.filter((source) => !hasNonAsciiLetter(source)));
  const accented = compiled(latin.filter(hasNonAsciiLetter));
  const otherScripts = compiled(sources.filter((source) => NON_LATIN_LETTER.test(source)));
  return (text) =>
    (ascii?.test(text) ?? false) ||
    (accented?.test(text) ?? false) ||
    (otherScripts !== null && NON_LATIN_LETTER.test(text) && otherScripts.test(text));
}

/** A line this short is part of something longer: an address, a signature, a list. */
const SHORT_LINE_WORDS = 12;
const LINES_BEFORE = 2;

/**
 * A hit's own sentence, and the words around it where an outside organisation or the purpose would
 * be named: its sentence and the one before ("Questions? Call..."). An address or a number on a
 * short line of its own belongs with the lines above it ("U.S. Department of Education / 400
 * Maryland Avenue SW / Washington, DC 20202").
 */
function sentencesOf(context: CheckContext, hit: Hit): { own: string; around: string } {
  const ref = hit.position?.ref;
  const index = context.model.blocks.findIndex((b) => b.ref === ref);
  const block = context.model.blocks[index];
  if (!block || !hit.position) return { own: hit.quote, around: hit.quote };
  const { start, end } = hit.position;
  const sentences = context.sentences(block);
  const at = sentences.findIndex((s) => s.start <= start && end <= s.end + 1);
  const own = at < 0 ? hit.quote : (sentences[at]?.text ?? '');
  // "Questions? Call 555-0148.": the purpose is often the sentence before.
  const text = at < 0 ? hit.quote : [sentences[at - 1]?.text ?? '', own].join(' ');
  if (blockWords(block) > SHORT_LINE_WORDS) return { own, around: text };
  const above = context.model.blocks.slice(Math.max(0, index - LINES_BEFORE), index);
  return { own, around: [...above.map((b) => b.text), text].join('\n') };
}
