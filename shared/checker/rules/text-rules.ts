import { withWording } from './merge-wording';
import allCaps from './text/all-caps.json' with { type: 'json' };
import ambiguousDate from './text/ambiguous-date.json' with { type: 'json' };
import asksAboutCommunication from './text/asks-about-communication.json' with { type: 'json' };
import asksCommunicationPreferences from './text/asks-communication-preferences.json' with {
  type: 'json',
};
import basicNeedsResources from './text/basic-needs-resources.json' with { type: 'json' };
import connectsToResources from './text/connects-to-resources.json' with { type: 'json' };
import crisisCommunication from './text/crisis-communication.json' with { type: 'json' };
import explainsFamilyRights from './text/explains-family-rights.json' with { type: 'json' };
import gathersFamilyInput from './text/gathers-family-input.json' with { type: 'json' };
import givesContactDetails from './text/gives-contact-details.json' with { type: 'json' };
import idiom from './text/idiom.json' with { type: 'json' };
import invitesContributions from './text/invites-contributions.json' with { type: 'json' };
import invitesFollowUp from './text/invites-follow-up.json' with { type: 'json' };
import learningAtHome from './text/learning-at-home.json' with { type: 'json' };
import learningOutsideSchool from './text/learning-outside-school.json' with { type: 'json' };
import longSentence from './text/long-sentence.json' with { type: 'json' };
import offersAccommodations from './text/offers-accommodations.json' with { type: 'json' };
import offersTranslation from './text/offers-translation.json' with { type: 'json' };
import pandemicResponse from './text/pandemic-response.json' with { type: 'json' };
import parentOrganization from './text/parent-organization.json' with { type: 'json' };
import parentTeacherConversations from './text/parent-teacher-conversations.json' with {
  type: 'json',
};
import pointsToOtherChannels from './text/points-to-other-channels.json' with { type: 'json' };
import ratesCommunication from './text/rates-communication.json' with { type: 'json' };
import reportsBackOnInput from './text/reports-back-on-input.json' with { type: 'json' };
import setsCommunicationExpectations from './text/sets-communication-expectations.json' with {
  type: 'json',
};
import translatedVersion from './text/translated-version.json' with { type: 'json' };
import translationMissing from './text/translation-missing.json' with { type: 'json' };
import unexplainedAcronym from './text/unexplained-acronym.json' with { type: 'json' };
import unexplainedJargon from './text/unexplained-jargon.json' with { type: 'json' };
import arabicWording from './text/wording/ar.json' with { type: 'json' };
import haitianCreoleWording from './text/wording/ht.json' with { type: 'json' };
import koreanWording from './text/wording/ko.json' with { type: 'json' };
import portugueseWording from './text/wording/pt.json' with { type: 'json' };
import russianWording from './text/wording/ru.json' with { type: 'json' };
import somaliWording from './text/wording/so.json' with { type: 'json' };
import tagalogWording from './text/wording/tl.json' with { type: 'json' };
import vietnameseWording from './text/wording/vi.json' with { type: 'json' };
import chineseWording from './text/wording/zh.json' with { type: 'json' };

/**
 * Rule data for tags, translation-readiness and plain language: one JSON file per rule in
 * ./text/, listed here so that node, vite and Apps Script bundles all load them the same way,
 * with the wording of the district's other languages from ./text/wording/ (see merge-wording.ts).
 * The engine validates every rule with `ruleSchema` when it loads.
 */
const ownRuleData: unknown[] = [
  // Indicator tags, in framework order.
  invitesContributions,
  asksCommunicationPreferences,
  offersTranslation,
  translatedVersion,
  offersAccommodations,
  pointsToOtherChannels,
  gathersFamilyInput,
  reportsBackOnInput,
  invitesFollowUp,
  givesContactDetails,
  crisisCommunication,
  pandemicResponse,
  setsCommunicationExpectations,
  parentTeacherConversations,
  ratesCommunication,
  asksAboutCommunication,
  learningAtHome,
  learningOutsideSchool,
  explainsFamilyRights,
  connectsToResources,
  parentOrganization,
  basicNeedsResources,
  // Translation-readiness and plain-language findings.
  translationMissing,
  unexplainedAcronym,
  unexplainedJargon,
  idiom,
  longSentence,
  ambiguousDate,
  allCaps,
];

/** One file per language: Portuguese, Vietnamese, Haitian Creole, Tagalog, Somali, Russian, Arabic, Chinese, Korean. */
export const wordingFiles = [
  { name: 'text/wording/pt.json', data: portugueseWording },
  { name: 'text/wording/vi.json', data: vietnameseWording },
  { name: 'text/wording/ht.json', data: haitianCreoleWording },
  { name: 'text/wording/tl.json', data: tagalogWording },
  { name: 'text/wording/so.json', data: somaliWording },
  { name: 'text/wording/ru.json', data: russianWording },
  { name: 'text/wording/ar.json', data: arabicWording },
  { name: 'text/wording/zh.json', data: chineseWording },
  { name: 'text/wording/ko.json', data: koreanWording },
];

export const textRuleData: unknown[] = withWording(ownRuleData, wordingFiles);
