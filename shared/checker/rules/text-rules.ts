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

/**
 * Rule data for tags, translation-readiness and plain language: one JSON file per rule in
 * ./text/, listed here so that node, vite and Apps Script bundles all load them the same way.
 * The engine validates every rule with `ruleSchema` when it loads.
 */
export const textRuleData: unknown[] = [
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
