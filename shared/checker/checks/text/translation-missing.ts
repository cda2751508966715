import { languageName } from '../../language/codes';
import type { Rule } from '../../rule-schema';
import type { CheckContext, CheckFunction } from '../types';
import { findTranslationOffers, readsOffersIn } from './translation-offer';
import { blockWords } from './words';

/**
 * One finding when a message offers families no translation, no interpreter and carries no
 * version in another language. Very short texts (under `minWords`, default 40) are left alone:
 * a caption or a button label is not a message. The message's example offer (`{helpOffer}`) is a
 * line from `helpOffers` in another of the district's languages than the message's own, in that
 * language's words: a Spanish notice is shown an English offer, not "¿Necesita ayuda en español?".
 */
export const translationMissing: CheckFunction = (context) => {
  const minWords =
    typeof context.rule.options?.minWords === 'number' ? context.rule.options.minWords : 40;
  const words = context.model.blocks.reduce((n, b) => n + blockWords(b), 0);
  if (words < minWords) return [];
  if (findTranslationOffers(context).hits.length > 0) return [];
  const offer = helpOfferFor(context);
  const language = context.primaryLanguage;
  if (language && !readsOffersIn(language)) {
    // Not finding an offer worded in a language the checker cannot read is no evidence of none.
    return [
      {
        quote: '',
        severity: 'info',
        message: uncheckedMessage(context.rule)
          .replace('{language}', languageName(language))
          .replace('{helpOffer}', offer ?? ''),
      },
    ];
  }
  return [
    offer
      ? { quote: '', message: context.rule.message.replace('{helpOffer}', offer) }
      : { quote: '' },
  ];
};

function uncheckedMessage(rule: Rule): string {
  const message = rule.options?.uncheckedMessage;
  if (typeof message !== 'string') {
    throw new Error(
      `Rule "${rule.id}": options.uncheckedMessage must be the message for a language whose offers cannot be read (a string with {language}).`,
    );
  }
  return message;
}

function helpOfferFor(context: CheckContext): string | undefined {
  if (!context.rule.message.includes('{helpOffer}')) return undefined;
  return helpOfferLine(context.rule, context.primaryLanguage, context.options.languages);
}

/**
 * The offer line for the first of the district's languages that is not the message's own and has
 * one; English when no other listed language has one (the district may list only the message's).
 * The Standard 2 suggestion for 2.1.2 shows the same line.
 */
export function helpOfferLine(
  rule: Rule,
  messageLanguage: string | null,
  districtLanguages: readonly string[],
): string {
  const offers = helpOffers(rule);
  const other = [...districtLanguages, 'en'].find((l) => l !== messageLanguage && offers[l]);
  if (other) return offers[other] as string;
  // An English message in an English-only district: any other language's line shows the idea.
  return Object.entries(offers).find(([l]) => l !== messageLanguage)?.[1] ?? '';
}

function helpOffers(rule: Rule): Readonly<Record<string, string>> {
  const value = rule.options?.helpOffers;
  const valid =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).length > 0 &&
    Object.values(value).every((line) => typeof line === 'string');
  if (!valid) {
    throw new Error(
      `Rule "${rule.id}": its message has {helpOffer}, so options.helpOffers must map language codes to offer lines (strings).`,
    );
  }
  return value as Record<string, string>;
}
