import { makeCellParser } from './cell-parser';
import { teamLevelLabel } from './scales';
import type { TeamLevel } from './types';

/**
 * Reads one team rating cell. Accepted, in any case and with any surrounding spaces:
 * the English and Spanish labels (accents optional), the scores 3, 2, 1, 0 (numbers or text,
 * "3.0" too, but not 2.5), a score written with its label ("2 - Progressing", "Progressing (2)"),
 * "not here yet" for Below and "don't know"/"no sé" for Not sure.
 * A blank cell is "not rated yet": neither a response nor an error.
 */
export const parseTeamLevel = makeCellParser<TeamLevel>({
  noun: 'a rating',
  advice: 'Use Excelling, Progressing, Emerging, Below or Not sure.',
  labelOf: (level) => teamLevelLabel(level),
  numbers: [
    [3, 'excelling'],
    [2, 'progressing'],
    [1, 'emerging'],
    [0, 'below'],
  ],
  spellings: [
    ['excelling', ['excelling', 'sobresaliente', 'excelente']],
    ['progressing', ['progressing', 'en progreso', 'progresando', 'en proceso']],
    ['emerging', ['emerging', 'emergente', 'emergiendo']],
    [
      'below',
      [
        'below',
        'below the scale',
        'not here yet',
        'not yet',
        'below (not here yet)',
        'por debajo',
        'debajo',
        'todavía no',
        'aún no',
        'por debajo (todavía no)',
      ],
    ],
    [
      'not-sure',
      [
        'not sure',
        'unsure',
        "don't know",
        'dont know',
        'do not know',
        'no sé',
        'no lo sé',
        'no estoy seguro',
        'no estoy segura',
        'no estoy seguro/a',
        'no estoy segura/o',
      ],
    ],
  ],
});
