import { describe, expect, test } from 'vitest';
import { runTextRule } from './run-rule';

const flagged = (text: string, language = 'en') =>
  runTextRule('ambiguous-date', text, { language }).hits.map((hit) => hit.quote);

describe('ambiguous-date: numbers with a slash that are not dates', () => {
  test.each([
    ['Page 1/7', 'en'],
    ['See page 2/3 of the handbook for the full list of rules.', 'en'],
    ['Página 2/7', 'es'],
    ['It is open to any student currently in grades 3/4 who attends one of our schools.', 'en'],
    ['Our grade 1/2 teachers will meet on Thursday afternoon.', 'en'],
    ['3/4 des répondants sont des parents de la voie générale.', 'fr'],
    ['Avec 2 tours et 2/3 de la place avec le ruban, la course était belle.', 'fr'],
    ['1/4 du budget est consacré aux sorties scolaires.', 'fr'],
    ["1/3 d'entre eux viennent en bus.", 'fr'],
    ['2/3 de los estudiantes participaron en la encuesta.', 'es'],
    ['1/4 de las familias respondió a tiempo.', 'es'],
    ['Les 3/4 des élèves sont venus à la kermesse.', 'fr'],
    ['Les élèves 1/2 pensionnaires mangent à la cantine.', 'fr'],
    ['Seuls 2/3 des 30 élèves ont rendu le coupon.', 'fr'],
  ])('%s is not flagged', (text, language) => {
    expect(flagged(text, language)).toEqual([]);
  });

  test.each([
    ['Report cards go home on 3/4.', 'en', '3/4'],
    ['The page for 3/4 is on the website.', 'en', '3/4'],
    ['Grades are due 3/4 at noon.', 'en', '3/4'],
    ['La reunión es el 5/6 a las seis.', 'es', '5/6'],
    ['La réunion du 07/02 est annulée.', 'fr', '07/02'],
    ['Spring break is 4/7/2025 through the next week.', 'en', '4/7/2025'],
    // A date followed by "de la", "des", "du", "d'": an article or a weekday just before it, or
    // a time just after it, makes it a date, not a share of something.
    ['La feria del libro es el 3/4 de las 8:00 a las 15:00.', 'es', '3/4'],
    ['Martes 5/6 de las 5 a las 7 de la tarde: conferencias.', 'es', '5/6'],
    ['Inscripciones el 3/4 de la mañana en la oficina.', 'es', '3/4'],
    ['Inscripciones: 3/4 de las 9:00 a las 12:00.', 'es', '3/4'],
    ['Portes ouvertes le 3/4 de la maternelle au CM2.', 'fr', '3/4'],
    ['Portes ouvertes le 3/4 des 18h.', 'fr', '3/4'],
    ['Portes ouvertes : 3/4 des 18h30 aux 20h.', 'fr', '3/4'],
    ["Sortie scolaire le 5/6 d'une journée.", 'fr', '5/6'],
    ['Réunion mardi 3/4 de la classe de CP.', 'fr', '3/4'],
    ['Inscriptions du 3/4 des élèves de CP au secrétariat.', 'fr', '3/4'],
  ])('%s is flagged', (text, language, date) => {
    expect(flagged(text, language)).toEqual([date]);
  });
});
