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
  ])('%s is flagged', (text, language, date) => {
    expect(flagged(text, language)).toEqual([date]);
  });
});
