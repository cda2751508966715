import { describe, expect, test } from 'vitest';
import { runTextRule } from './run-rule';

/**
 * Sentences that should and should not be tagged, one table per indicator rule, in English and
 * Spanish. Each sentence is checked alone, as a one-line message.
 */
const tables: Record<string, { tag: string[]; not: string[] }> = {
  'invites-contributions': {
    tag: [
      'Volunteers are needed to help with the spring fair.',
      'We need parent volunteers for the reading buddies program.',
      'Please consider donating a book to our classroom library.',
      'Sign up to bring snacks for the class party.',
      'Se necesitan voluntarios para la feria del libro.',
      'Si le gustaría ayudar con la kermés, avise a la maestra.',
    ],
    not: [
      'Thank you to everyone who volunteered at the fair.',
      'The fair starts at noon on Saturday.',
      'Please help us by returning forms on time.',
      'Gracias a todos los padres que ayudaron en la feria.',
      'La feria empieza al mediodía.',
    ],
  },
  'asks-communication-preferences': {
    tag: [
      'What is your preferred language for school messages?',
      'Let us know how you would like to be contacted: text or email.',
      '¿Cuál es el idioma de su preferencia para recibir mensajes?',
    ],
    not: ['Our school sends messages by text.', 'Enviamos mensajes por texto.'],
  },
  'points-to-other-channels': {
    tag: [
      'The lunch menu is on our school website.',
      'Grades are posted in the Parent Portal.',
      'Follow us on Facebook for updates.',
      'El menú está en el sitio web de la escuela.',
    ],
    not: [
      'Lunch is at noon.',
      'Remind your child to bring a water bottle.',
      'El almuerzo es al mediodía.',
    ],
  },
  'gathers-family-input': {
    tag: [
      'Please complete the family survey by Friday.',
      'We want to hear from you about homework.',
      'Por favor complete la encuesta antes del viernes.',
    ],
    not: ['Homework is due on Friday.', 'La tarea es para el viernes.'],
  },
  'invites-follow-up': {
    tag: [
      'If you have questions, please call the office.',
      'Feel free to email me with any concerns.',
      'Si tiene preguntas, llame a la oficina.',
    ],
    not: [
      'The office will be closed on Monday.',
      'Email me your lunch order by Sunday.',
      'La oficina estará cerrada el lunes.',
    ],
  },
  'crisis-communication': {
    tag: [
      'We will practice a lockdown drill on Thursday.',
      'Snow closures are announced by 6 am.',
      'El jueves haremos un simulacro de evacuación.',
    ],
    not: ['School is closed for Thanksgiving.', 'La escuela cierra por vacaciones.'],
  },
  'sets-communication-expectations': {
    tag: [
      'We will email a class newsletter every Friday.',
      'I reply to messages within 24 hours.',
      'Cada viernes les enviaremos el boletín.',
    ],
    not: ['Here is this week’s newsletter.', 'Aquí está el boletín de esta semana.'],
  },
  'parent-teacher-conversations': {
    tag: [
      'Parent-teacher conferences are on March 5.',
      'Curriculum night starts at 6 pm.',
      'Las conferencias de padres y maestros son el 5 de marzo.',
    ],
    not: [
      'Our principal spoke at a national conference.',
      'Students will present their projects.',
      'La directora habló en un congreso nacional.',
    ],
  },
  'learning-at-home': {
    tag: [
      'Read with your child for 20 minutes every night.',
      'Ask your child about their favorite part of the day.',
      'Lean con sus hijos todas las noches.',
    ],
    not: ['Students read in class every day.', 'Los estudiantes leen en clase.'],
  },
  'learning-outside-school': {
    tag: [
      'Summer camp registration is open at the YMCA.',
      'Get a free library card at the public library.',
      'Hay programas de verano gratuitos en la biblioteca pública.',
    ],
    not: ['After-school activities are canceled today.', 'Las clases terminan a las tres.'],
  },
  'explains-family-rights': {
    tag: [
      'Under FERPA, you may review your child’s records.',
      'Read the annual notice of nondiscrimination.',
      'Conozca sus derechos como padres.',
    ],
    not: ['Please return the permission slip.', 'Devuelva el permiso firmado.'],
  },
  'connects-to-resources': {
    tag: [
      'Our family liaison can help you find resources.',
      'See the FAQ on our website.',
      'La trabajadora social puede ayudarle.',
    ],
    not: ['The talent show is on Friday.', 'La función es el viernes.'],
  },
  'parent-organization': {
    tag: [
      'The PTA meeting is Tuesday at 6 pm.',
      'Join the PTO today!',
      'La reunión de la asociación de padres es el martes.',
    ],
    not: ['Checks can be made out to the PTO.', 'Gracias a la PTA por el apoyo.'],
  },
  'basic-needs-resources': {
    tag: [
      'Apply for free and reduced lunch online.',
      'Our food pantry is open on Fridays.',
      'El desayuno es gratuito para todos los estudiantes.',
    ],
    not: [
      'Lunch starts at 11:30.',
      'Bring a can for the food drive.',
      'El almuerzo es a las doce.',
    ],
  },
};

describe.each(Object.entries(tables))('%s', (ruleId, { tag, not }) => {
  test.each(tag)('tags: %s', (sentence) => {
    expect(runTextRule(ruleId, sentence).hits.map((h) => h.quote)).toEqual([sentence]);
  });
  test.each(not)('does not tag: %s', (sentence) => {
    expect(runTextRule(ruleId, sentence).hits).toEqual([]);
  });
});
