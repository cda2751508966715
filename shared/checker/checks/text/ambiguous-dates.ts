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
  /^\s*(?:of\b|day|days|price|off\b|cups?\b|hours?\b|hrs?\b|miles?\b|inch|inches|pounds?\b|lbs?\b|teaspoons?|tablespoons?|tsp|tbsp|oz\b|grade|class|classes|split|combo|combination|students?\b|teachers?\b|time\b|scholarship|pension|de (?:día|jornada|taza|hora)|jornada|del\b|grado|clase)/iu;
/**
 * "of the" in Spanish and French: "2/3 de los estudiantes", "3/4 des répondants", "1/4 du budget",
 * "1/3 d'entre eux" are shares, but "el 3/4 de la mañana", "le 3/4 des 18h" and "le 5/6 d'une
 * journée" are dates. So these words make a fraction only when no article or weekday comes just
 * before the number and no time of day follows them.
 */
const SHARE_OF_AFTER = /^\s*(?:de (?:la|las|los)\b|des\b|du\b|d['’])/iu;
const DATE_WORD_BEFORE =
  /(?:^|[^\p{L}])(?:el|la|le|du|au|del|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+$/iu;
const TIME_AFTER =
  /^\s*(?:de (?:las?|los)|des)\s+\d{1,2}(?:\s*[h:]|\s*(?:a\.?\s?m|p\.?\s?m)\b|\s+(?:a|y|aux?|à)\s)|^\s*de la (?:mañana|tarde|noche)\b/iu;
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
      const after = block.text.slice(end, end + 20);
      if (FRACTION_AFTER.test(after)) continue;
      if (
        SHARE_OF_AFTER.test(after) &&
        !TIME_AFTER.test(after) &&
        !DATE_WORD_BEFORE.test(block.text.slice(Math.max(0, match.index - 12), match.index))
      )
        continue;
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
