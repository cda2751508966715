import { makeCellParser } from './cell-parser';
import { surveyLevelLabel } from './scales';
import type { SurveyLevel } from './types';

/**
 * Reads one family survey answer: the English or Spanish labels in any case (accents optional),
 * or the scores 5 (Strongly agree) to 1 (Strongly disagree). A blank is an unanswered statement.
 * The survey has no "Not sure": anything else is an error.
 */
export const parseSurveyLevel = makeCellParser<SurveyLevel>({
  noun: 'a survey answer',
  advice:
    'Use Strongly agree, Agree, Neither agree nor disagree, Disagree or Strongly disagree (or 5 to 1).',
  labelOf: (level) => surveyLevelLabel(level),
  numbers: [
    [5, 'strongly-agree'],
    [4, 'agree'],
    [3, 'neutral'],
    [2, 'disagree'],
    [1, 'strongly-disagree'],
  ],
  spellings: [
    [
      'strongly-agree',
      ['strongly agree', 'totalmente de acuerdo', 'muy de acuerdo', 'completamente de acuerdo'],
    ],
    ['agree', ['agree', 'de acuerdo']],
    [
      'neutral',
      [
        'neither agree nor disagree',
        'neither agree or disagree',
        'neutral',
        'neither',
        'ni de acuerdo ni en desacuerdo',
        'ni acuerdo ni desacuerdo',
        'neutro',
      ],
    ],
    ['disagree', ['disagree', 'en desacuerdo', 'desacuerdo']],
    [
      'strongly-disagree',
      [
        'strongly disagree',
        'totalmente en desacuerdo',
        'muy en desacuerdo',
        'completamente en desacuerdo',
      ],
    ],
  ],
});
