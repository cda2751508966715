import { builtInFramework, findNode } from '../frameworks';
import type { Suggestion } from './report';

/**
 * What a message could add for each Standard 2 indicator it does not evidence. Each suggestion
 * draws on an administrators' action step for "Communicate Effectively" (National PTA, Strengthening
 * Family-School Partnerships: A Reference Guide for School Administrators), quoted in `source`;
 * the wording of the suggestion itself is the toolkit's own, and `source` says so.
 */
const GUIDE =
  'National PTA, Strengthening Family-School Partnerships: A Reference Guide for School Administrators, "Communicate Effectively"';
const OWN = 'suggestion worded by the toolkit';

function fromStep(step: string): string {
  return `${GUIDE}: “${step}” (${OWN})`;
}

const STEP = {
  preferredMode:
    'Offer guidance for how teachers develop individualized communication plans with families aligned to each families’ preferred mode of communication',
  translate:
    'Audit communication practices to ensure that all written and spoken school communication, including routine forms, zoom meetings, and in-person conversations are translated for all languages spoken in your school community',
  streamline:
    'Designate an individual or individuals who are tasked with ensuring that all communication outlets utilized by families in your school community are streamlined in messaging',
  assess:
    'Assess the impact of streamlined information-sharing efforts by determining if the message was received and understood by the intended audience',
  crisis:
    'Identify a team of staff and families to create communications plans for times of crisis',
  expectations: 'Communicate to staff school-wide expectations for communication with families',
} as const;

const SUGGESTIONS: Record<string, { suggestion: string; source: string }> = {
  '2.1.1': {
    suggestion:
      'Ask families how they want to hear from you and in which language: a reply slip or one form question such as “Text, call, email or paper? Which language?”',
    source: fromStep(STEP.preferredMode),
  },
  '2.1.2': {
    suggestion:
      'Offer the message in the languages your families read, or say in those languages how to get a translation or a free interpreter (e.g. “{helpOffer}”).',
    source: fromStep(STEP.translate),
  },
  '2.1.3': {
    suggestion:
      'Say where else this information is posted (website, app, text alerts, paper copy) so families can find it in the channel they use and every outlet says the same thing.',
    source: fromStep(STEP.streamline),
  },
  '2.1.4': {
    suggestion:
      'Ask for families’ input (a two-question reply, a short survey or a meeting) and report back what you heard and what you changed because of it.',
    source: fromStep(STEP.assess),
  },
  '2.1.5': {
    suggestion:
      'End with a named contact, a phone number and an email address for questions, and say when families can expect an answer.',
    source: `${GUIDE} and "Speak Up for Every Child": “Provide families with a FAQ guide with answers to common questions, contact information for school and district personnel, and general guidance on school and district operations” (${OWN})`,
  },
  '2.1.6': {
    suggestion:
      'Tell families how you will reach them in an emergency (text, call, app), where to find the crisis plan, and to keep their emergency contacts up to date.',
    source: fromStep(STEP.crisis),
  },
  '2.2.1': {
    suggestion:
      'Say when and how families will hear from teachers (e.g. “a class email every Friday; we reply within two school days”) and invite them to say what works for them.',
    source: fromStep(STEP.expectations),
  },
  '2.2.2': {
    suggestion:
      'Offer times for parent-teacher conversations (conferences, phone calls, office hours) and say how to book one, with an interpreter if needed.',
    source: fromStep(STEP.preferredMode),
  },
  '2.2.3': {
    suggestion:
      'Ask families how communication is going: one or two questions such as “Do our messages reach you in a way that works for you? What would make them easier to use?”',
    source: fromStep(STEP.assess),
  },
};

/** The Standard 2 indicators of PTA 2022, in order. */
export const STANDARD_2_INDICATORS = Object.keys(SUGGESTIONS);

/** What a suggestion can be fitted to: the example offer line in another of the district's languages. */
export interface SuggestionContext {
  helpOffer?: string;
}

const DEFAULT_HELP_OFFER = '¿Necesita ayuda en español? Llame al …';

/** Suggestions for the given missing indicators, in framework order; ids with no suggestion are skipped. */
export function suggestionsFor(
  missingIndicatorIds: readonly string[],
  { helpOffer = DEFAULT_HELP_OFFER }: SuggestionContext = {},
): Suggestion[] {
  const framework = builtInFramework('pta-2022');
  const missing = new Set(missingIndicatorIds);
  return STANDARD_2_INDICATORS.filter((id) => missing.has(id)).map((id) => {
    const entry = SUGGESTIONS[id] as { suggestion: string; source: string };
    return {
      indicatorId: id,
      indicatorText: findNode(framework, id)?.text ?? '',
      suggestion: entry.suggestion.replace('{helpOffer}', helpOffer),
      source: entry.source,
    };
  });
}
