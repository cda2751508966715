import { describe, expect, test } from 'vitest';
import { runTextRule } from './run-rule';

/**
 * Round 18: ordinary ways of saying a practice that the blind sets X to AC showed the rules
 * missing, written as general constructions rather than the sets' own sentences. Beside each, the
 * nearest ordinary sentence that is not evidence. Every sentence is our own, checked alone as a
 * one-line message; `language` names the sentence's language where detection needs help on one line.
 */
type Row = [sentence: string, language: string];

const rounds: Record<string, { tag: Row[]; not: Row[] }> = {
  // 2.2.1: how families will be told (a channel named, a rhythm, a promise to tell them soon).
  'sets-communication-expectations': {
    tag: [
      ['If school is closed for snow, families will be notified on the district website.', 'en'],
      ['Parents are informed through local radio stations whenever buses are delayed.', 'en'],
      ['Closing announcements are made through local TV stations and our calling system.', 'en'],
      ['Delay notifications will be shared promptly via the following channels:', 'en'],
      ['An automated calling system will text every household when school closes early.', 'en'],
      ['Our principal writes the school blog once a month.', 'en'],
      ['The newsletter is sent home on a weekly basis.', 'en'],
      ['Reading logs will now be part of the Friday newsletter.', 'en'],
      ['Vous serez avisés le plus rapidement possible en cas de fermeture.', 'fr'],
      ['Les familles de CM2 vont recevoir un SMS la veille de la sortie.', 'fr'],
      ['Nous communiquerons la date de la réunion dès que possible.', 'fr'],
      ['Mantendremos la comunicación con las familias a través del correo y la plataforma.', 'es'],
      ['Los docentes se comprometen a comunicarse oportunamente con los apoderados.', 'es'],
    ],
    not: [
      ['Families were told about the new bus routes at the meeting.', 'en'],
      ['You will be contacted by the coach if your child makes the team.', 'en'],
      ['The newsletter team meets once a month in the library.', 'en'],
      ['Volunteer schedules will be part of the weekly planning meeting.', 'en'],
      ['The automated attendance system will record every absence.', 'en'],
      ['Les élèves vont recevoir un diplôme à la fin de l’année.', 'fr'],
      ['Nous communiquerons avec plaisir nos résultats sportifs.', 'fr'],
    ],
  },
  // 2.1.3: where else the information is (here, a post, the top of the site, a tab).
  'points-to-other-channels': {
    tag: [
      ['Find more information about the book fair here.', 'en'],
      ['Take a look at our class blog for more details about the trip.', 'en'],
      ['For dates and times, check our PTA website.', 'en'],
      ['The sign-up forms are at the top of our class website.', 'en'],
      ['The district website has a complete list of bus stops.', 'en'],
      ['Surveillez notre page Facebook pour les photos de la kermesse.', 'fr'],
      ['Pour les horaires, se référer au site de la mairie.', 'fr'],
      ['Consultez la rubrique « Cantine » du site de l’école.', 'fr'],
      ['Las fotos de la excursión están disponibles en la página web del colegio.', 'es'],
    ],
    not: [
      ['Learn more about our history here.', 'en'],
      [
        'To read this newsletter in another language, click the globe icon at the top of the page.',
        'en',
      ],
      ['Take a look at the photos below.', 'en'],
      ['The website has a new look.', 'en'],
      ['Surveillez la météo avant de partir.', 'fr'],
      ['Las entradas están disponibles en la secretaría.', 'es'],
    ],
  },
  // 3.2.3: reading or practising with the child at home, tips for helping the child.
  'learning-at-home': {
    tag: [
      ['Keep reading with your child every night.', 'en'],
      ['Practice the spelling words with your children at home.', 'en'],
      ['Here are some tips for helping your child with math homework.', 'en'],
      ['Please support your child in working towards their reading goal.', 'en'],
    ],
    not: [
      ['The librarian reads to your child’s class every week.', 'en'],
      ['Our teachers love playing games with your children at recess.', 'en'],
      ['Tips for helping the environment are on the poster.', 'en'],
      ['Thank you for your support of our learning garden.', 'en'],
    ],
  },
  // 1.1.5: drives, donations accepted, signing up to help, choosing a volunteer role.
  'invites-contributions': {
    tag: [
      ['Now through May 1 – Book & Supplies Drive', 'en'],
      ['Donations will be accepted in the front office until Friday.', 'en'],
      ['Please sign up to chaperone the zoo trip.', 'en'],
      ['Let us know what kind of volunteer role suits you.', 'en'],
    ],
    not: [
      ['The test drive of the new bus went well.', 'en'],
      ['Donations to the food bank were counted yesterday.', 'en'],
      ['Sign up to receive our newsletter.', 'en'],
    ],
  },
  // 5.2.3: the parents' association named with dots, its elected representatives, its officers.
  'parent-organization': {
    tag: [
      ['L’A.P.E. organise son assemblée générale le 3 octobre.', 'fr'],
      ['Les représentants des parents d’élèves seront élus le 10 octobre.', 'fr'],
      ['Les réunions des membres de l’APE ont lieu le mardi.', 'fr'],
      ['Para inscribirse en las actividades es necesario hacerse socio del AMPA.', 'es'],
      ['Les escribe la presidenta de la AMPA para despedirse.', 'es'],
    ],
    not: [
      ['Alumnos socios de la AMPA: 20 euros al mes.', 'es'],
      ['Les délégués de classe sont élus en septembre.', 'fr'],
    ],
  },
  // 2.1.6: distancing, a choice of remote or in-person learning, buildings kept closed.
  'pandemic-response': {
    tag: [
      ['Graduation will be socially distanced this year.', 'en'],
      ['Families may choose virtual or in-person learning for the spring term.', 'en'],
      ['School buildings will remain closed until further notice.', 'en'],
      ['Compte tenu de la crise sanitaire, vous serez informés de tout changement.', 'fr'],
      ['Se aplicarán las medidas sanitarias del protocolo de funcionamiento.', 'es'],
    ],
    not: [
      ['Families may choose the red or blue T-shirt.', 'en'],
      ['We compared distance and in-person options for the field trip.', 'en'],
      ['The old buildings will remain standing.', 'en'],
      ['La crise sanitaire de 2020 est terminée.', 'fr'],
    ],
  },
  // 2.1.5: questions answered, a service reachable by phone, questions resolved by e-mail.
  'invites-follow-up': {
    tag: [
      ['Your questions will be gladly answered by the office.', 'en'],
      ['Vous pouvez joindre l’infirmière par téléphone au 01 23 45 67 89.', 'fr'],
      ['Pueden consultar sus dudas por correo electrónico con la tutora.', 'es'],
    ],
    not: [
      ['Many of your questions will be answered in the handbook.', 'en'],
      ['Vous pouvez joindre vos photos au formulaire.', 'fr'],
    ],
  },
};

describe.each(Object.entries(rounds))('%s', (ruleId, { tag, not }) => {
  test.each(tag)('tags: %s', (sentence, language) => {
    expect(runTextRule(ruleId, sentence, { language }).hits.map((h) => h.quote)).toEqual([
      sentence,
    ]);
  });
  test.each(not)('does not tag: %s', (sentence, language) => {
    expect(runTextRule(ruleId, sentence, { language }).hits).toEqual([]);
  });
});
