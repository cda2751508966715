import { describe, expect, test } from 'vitest';
import { runTextRule } from './run-rule';

/**
 * Offers real school pages make that the checker read as "no translation offered", by family:
 * a page or site that "can be translated", reading it "in other languages" elsewhere, interpreters
 * that "can be requested", questions asking whether a family wants one, language-access pages
 * describing the service, volunteers who act as interpreters, Spanish "disponible en" lists and
 * "hablamos español". Beside each family, ordinary sentences that use the same words for something
 * else (ideas translated into action, a book translated, students translating in class). Each
 * sentence is our own, checked alone as a one-line message.
 */
const counts: string[] = [
  // A page, site or newsletter that can be translated.
  'This page can be translated with the Translate button at the top.',
  'Our website can also be translated into many different languages.',
  'The newsletter can be translated into your home language using the menu on the right.',
  'To read this newsletter in other languages, open it on the school website.',
  'To view the calendar in another language, choose it from the list at the top.',
  // Interpreters requested, described or asked about.
  'An interpreter can be requested by calling the front office.',
  'Interpretation can be arranged for any school meeting.',
  'Please contact the school to request support with translation and interpretation needs.',
  'Would you like an interpreter at parent conferences?',
  'This form asks about your need for translation or interpretation.',
  'This usually includes translated documents and an interpreter for meetings with teachers.',
  'We are coordinating translation services for the families who asked for them.',
  'You may have the report translated into your native language by a district translator.',
  'Several parents have volunteered to serve as interpreters for new families.',
  // Interpreters who will be there, said without "available".
  'Interpreters will be at every parent-teacher conference.',
  'We will have interpreters at the family math night.',
  'Interpreters will attend the kindergarten orientation.',
  // Spanish.
  'La guía está disponible en chino, criollo haitiano, portugués, somalí y vietnamita.',
  'Esta página web también se puede traducir a otros idiomas.',
  'Puede solicitar un intérprete en la secretaría de la escuela.',
  'Ofrecemos servicios de interpretación para las reuniones de padres.',
  'Para más información, llame al 555-0100 (hablamos español).',
  'Llámenos al 555-0100, en la oficina hablamos español.',
  // French.
  'Cette page peut être traduite en plusieurs langues grâce au bouton Traduire.',
  'Vous pouvez demander un interprète auprès du secrétariat.',
  "Si vous avez besoin d'un interprète pour la réunion, prévenez l'enseignant.",
  "Un service d'interprétariat est proposé aux familles lors des rencontres.",
  // An exception (eligibility, a student test) or a negation in another part of the sentence
  // does not cancel the offer.
  'All families qualify for free language assistance: call 555-0100 for an interpreter.',
  'Student test results go home Friday, and interpreters are available at conferences.',
  'We do not have school on Monday, but interpreters are available at conferences.',
  'Interpreters are available for parents who do not speak English.',
];

const doesNotCount: string[] = [
  'Please translate your ideas into action.',
  'The book has been translated into 30 languages.',
  'Her research was translated into a new science unit.',
  'Students translated a short poem into French in class.',
  'Our goals can be translated into simple steps for every child.',
  'The play will be performed in the auditorium on Friday.',
  'Students read books in other languages during World Language Week.',
  'Our interpreter for the science fair is the school mascot, Rex.',
  'The student survey will be available in both English and Spanish.',
  'Are workshops or courses provided in different languages?',
  'This survey helps decide if your child is eligible for language support services.',
  'This survey is used to determine if your child(ren) is/are eligible for language support services.',
  'The school needs more translators of good ideas into practice.',
  'Ms. Lee teaches the interpretation of poetry in grade 8.',
  'A request for volunteers went out last week.',
  // Interpreters at staff business, not offered to families.
  'Interpreters will be at a district training all day Monday.',
  'Interpreters will attend the district interpreter training on Monday.',
  'Interpreters will be at the staff meeting on Tuesday.',
  'Interpreters will be at the new-hire orientation for staff.',
  'Interpreters will be at the district job fair recruiting new staff.',
  'Interpreters will join the district in August.',
  'Interpreters are always welcome to join our staff.',
  'The school will have interpreter positions open next year.',
  'We will also have translators of Shakespeare visiting the English class.',
  'Unfortunately, interpreters will not be at the Saturday workshop.',
  'We will have interpreter training for new aides in March.',
  // Spanish.
  'Traduce tus ideas en acciones concretas.',
  'El libro ha sido traducido a treinta idiomas.',
  'Los alumnos tradujeron un poema al inglés en clase.',
  'La obra de teatro está disponible en la biblioteca.',
  'Los alumnos hablan inglés y francés en el recreo.',
  'En casa hablamos español con los abuelos.',
  // French.
  'Le livre a été traduit en trente langues.',
  'Traduisez vos idées en actions.',
  'Les élèves ont traduit un texte en anglais.',
  "L'interprétation du poème est au programme du brevet.",
  // Offers the sentence says are not made.
  'Please note that the district does not provide interpretation services at PTA meetings.',
  'We do not offer translation services for this event.',
  'The PTA cannot arrange interpreter services for the dance.',
  'The district no longer provides interpretation services at PTA meetings.',
  'The district reports a growing need for interpreters and bilingual aides.',
  'No ofrecemos servicios de traducción para este evento.',
  'Lamentablemente, los servicios de interpretación no están disponibles este año.',
  "Il n'y a pas de service de traduction pour cette sortie.",
  "Aucun service d'interprétariat n'est prévu pour la kermesse.",
];

describe('offer wording real pages use (offers-translation)', () => {
  test.each(counts)('counts: %s', (sentence) => {
    expect(runTextRule('offers-translation', sentence).hits.map((h) => h.quote)).toEqual([
      sentence,
    ]);
  });
  test.each(doesNotCount)('does not count: %s', (sentence) => {
    expect(runTextRule('offers-translation', sentence).hits).toEqual([]);
  });
});
