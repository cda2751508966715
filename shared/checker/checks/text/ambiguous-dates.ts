import type { CheckFunction, Hit } from '../types';
import { blocksInScope } from './block-scope';
import { allMatches } from './compile';

/**
 * Dates written with numbers only, where day and month could swap: "3/4" is March 4 in the US
 * and 3 April in most other countries. Only pairs where both numbers could be a month (1 to 12)
 * and differ are flagged; "10/22" can only be one date. Fractions ("1/2 day", "2 1/2 hours",
 * "3/4 of the class", "3/4 des répondants", "2/3 de los estudiantes"), combined grades ("3/4
 * class", "grades 3/4") and page numbers ("Page 1/7") are not dates.
 */
const NUMERIC_DATE =
  /(?<![\p{L}\p{N}/.,:-])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\p{L}\p{N}]|\/\d|[.,]\d)/gu;
const FRACTION_AFTER =
  /^\s*(?:of\b|day|days|price|off\b|cups?\b|hours?\b|hrs?\b|miles?\b|inch|inches|pounds?\b|lbs?\b|teaspoons?|tablespoons?|tsp|tbsp|oz\b|grade|class|classes|split|combo|combination|students?\b|teachers?\b|time\b|scholarship|de (?:día|jornada|taza|hora)|jornada|del\b|grado|clase|de (?:la|las|los)\b|des\b|du\b|d['’])/iu;
const WHOLE_NUMBER_BEFORE = /\d\s+$/u;
/** A page number ("Page 1/7", "Página 2/7") or combined grades ("grades 3/4") just before. */
const NOT_A_DATE_BEFORE = /(?:\bpages?|\bpágs?\.?|\bpágina|\bp\.|\bgrades?|\bgrados?)\s*$/iu;

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_ES = [
  'enero',
  'febrero',
  'marzo',
  'abril',
  'mayo',
  'junio',
  'julio',
  'agosto',
  'septiembre',
  'octubre',
  'noviembre',
  'diciembre',
];

export const ambiguousDates: CheckFunction = (context) => {
  const hits: Hit[] = [];
  for (const block of blocksInScope(context)) {
    const spanish = (context.blockLanguage(block) ?? context.primaryLanguage) === 'es';
    for (const match of allMatches(NUMERIC_DATE, block.text)) {
      const first = Number(match[1]);
      const second = Number(match[2]);
      if (first < 1 || first > 12 || second < 1 || second > 12 || first === second) continue;
      const end = match.index + match[0].length;
      if (FRACTION_AFTER.test(block.text.slice(end, end + 20))) continue;
      if (WHOLE_NUMBER_BEFORE.test(block.text.slice(Math.max(0, match.index - 4), match.index)))
        continue;
      if (NOT_A_DATE_BEFORE.test(block.text.slice(Math.max(0, match.index - 10), match.index)))
        continue;
      const usReading = `${MONTHS_EN[first - 1]} ${second}`;
      hits.push({
        quote: match[0],
        position: { ref: block.ref, start: match.index, end },
        message: spanish
          ? `“${match[0]}” puede leerse como ${first} de ${MONTHS_ES[second - 1]} o como ${second} de ${MONTHS_ES[first - 1]}. Escriba el mes con letras, por ejemplo “${second} de ${MONTHS_ES[first - 1]}” o “${first} de ${MONTHS_ES[second - 1]}”.`
          : `“${match[0]}” reads as ${usReading} in the US but as ${first} ${MONTHS_EN[second - 1]} in most other countries. Write the month as a word, e.g. “${usReading}”.`,
      });
    }
  }
  return hits;
};
