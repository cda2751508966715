import type { CheckFunction } from '../types';
import { allCapsBlocks } from './all-caps';
import { ambiguousDates } from './ambiguous-dates';
import { contactDetails } from './contact-details';
import { idiomsCheck } from './idioms';
import { longSentences } from './long-sentences';
import { matchPatterns } from './match-patterns';
import { translatedVersion } from './translated-version';
import { translationMissing } from './translation-missing';
import { translationOffered } from './translation-offer';
import { unexplainedTerms } from './unexplained-terms';

/**
 * Text checks: indicator patterns, translation offers, contact details, jargon, idioms, long sentences,
 * dates, capitals.
 * Each check lives in its own file in this folder, named for what it does; this registry names them
 * for rule data (`"check": "<name>"`).
 */
export const textChecks: Record<string, CheckFunction> = {
  patterns: matchPatterns,
  'translation-offered': translationOffered,
  'translated-version': translatedVersion,
  'translation-missing': translationMissing,
  'contact-details': contactDetails,
  'unexplained-terms': unexplainedTerms,
  idioms: idiomsCheck,
  'long-sentences': longSentences,
  'ambiguous-dates': ambiguousDates,
  'all-caps': allCapsBlocks,
};
