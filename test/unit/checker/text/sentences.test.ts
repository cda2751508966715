import { describe, expect, test } from 'vitest';
import { textRuleData } from '../../../../shared/checker/rules/text-rules';
import { runTextRule } from './run-rule';

/**
 * Sentences that should and should not be tagged, one table per indicator rule, in English and
 * Spanish. Each sentence is checked alone, as a one-line message.
 */
interface SentenceTable {
  tag: string[];
  not: string[];
}

const roundOne: Record<string, SentenceTable> = {
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
      'La trabajadora social puede ayudarle.',
    ],
    // Changed in round 2: an FAQ answers questions about anything (a new app, a bell schedule);
    // on its own it does not connect families to resources, so it is no longer tagged.
    not: [
      'See the FAQ on our website.',
      'The talent show is on Friday.',
      'La función es el viernes.',
    ],
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

/**
 * Round 2: phrasing families that real newsletters use and the first rules missed (or tagged in
 * the wrong sense), each in new sentences written for these tests, never copied from an
 * evaluation text.
 */
const roundTwo: Record<string, SentenceTable> = {
  'invites-contributions': {
    tag: [
      'We still need two more chaperones for the zoo trip.',
      'The PTO is looking for parents to co-chair the spring carnival.',
      'No experience is needed, just a friendly smile.',
      'If you can spare an hour on Saturday, the garden needs weeding.',
      'Donations of gently used uniforms are welcome at the front desk.',
      'Our annual toy drive runs through December 12.',
      'Come help us paint the mural on Friday afternoon.',
      'Please donate a new board game for indoor recess.',
      'Les pedimos que traigan una fruta para compartir el viernes.',
      'Agradeceremos mucho su colaboración con la kermés.',
      'Se reciben donaciones de libros en la biblioteca hasta el viernes.',
      'La cooperación voluntaria de este año es de 200 pesos por familia.',
    ],
    not: [
      'The foundation explained how donations are used across the district.',
      'Last year families donated over 300 books.',
      'We need you to pick up your child by 3:15.',
      'Our teachers have worked hard to help students raise their reading scores.',
      'El año pasado la campaña recaudó donaciones para la biblioteca.',
      'Necesitamos que recojan a los niños puntualmente.',
    ],
  },
  'asks-communication-preferences': {
    tag: [
      'Will you need an interpreter at school meetings?',
      'Which language would you like us to use when we call home?',
      'You can choose whether to get alerts by text, email or phone call.',
      'Update your notification preferences in the app.',
      '¿Necesita un intérprete para las conferencias?',
      'Por favor complete la encuesta de idioma del hogar.',
    ],
    not: [
      'Our students speak 28 languages.',
      'The language arts block starts at 9.',
      'Los estudiantes hablan muchos idiomas.',
    ],
  },
  'points-to-other-channels': {
    tag: [
      'The full lunch menu is at www.riverdaleschools.example.org/menus.',
      'This letter will also be posted on the district website.',
      'We will send reminders by text message the day before.',
      'All past updates are available on this page.',
      'También se publicará en la página de Facebook de la escuela.',
      'Les enviaremos los avisos por mensaje de texto.',
      'Consulte el calendario en www.escuelaroble.example.edu/calendario.',
    ],
    not: [
      'Students built a website about volcanoes in science class.',
      'Please send your RSVP to the teacher.',
      'Los alumnos diseñaron un sitio web sobre volcanes.',
    ],
  },
  'gathers-family-input': {
    tag: [
      'Your ideas are welcome as we plan next year’s schedule.',
      'The principal will be listening to families at coffee on Thursday.',
      'We are asking for your feedback on the new pickup plan.',
      'Queremos escuchar sus sugerencias sobre el horario.',
      'Les invitamos a que compartan sus ideas para la feria.',
      'Buscaremos soluciones conjuntas en la reunión del martes.',
    ],
    not: [
      'Students will take the state survey of reading habits.',
      'You have the right to inspect any third-party survey before it is given.',
      'Los alumnos compartirán sus ideas en clase.',
    ],
  },
  'reports-back-on-input': {
    tag: [
      'At the request of many families, the book fair will stay open until 6 pm.',
      'Many of you asked for an evening conference option, so we added one.',
      'The new drop-off plan is the result of parent feedback.',
      'A petición de las familias, la biblioteca abrirá los sábados.',
      'Las familias asistentes pidieron más talleres de lectura.',
    ],
    not: [
      'Parents are asked to sign the planner every night.',
      'Please share your feedback by Friday.',
      'Se pide a los padres firmar la agenda.',
    ],
  },
  'invites-follow-up': {
    tag: [
      'Please contact your child’s homeroom teacher with any questions.',
      'I am happy to answer any questions you may have.',
      'Questions and comments are always welcome.',
      'Requests for records must be made in writing to the principal.',
      'Quedamos a sus órdenes para cualquier duda.',
      'Para cualquier consulta pueden acercarse a la dirección.',
    ],
    not: [
      'Please answer the questions below about your child’s year.',
      'Stop by the office to pick up a late pass.',
      'Students answered questions about the story.',
      'Los alumnos respondieron preguntas sobre el cuento.',
    ],
  },
  'gives-contact-details': {
    tag: [
      'Email the office at office@lakeview.example.org with any questions.',
      'For help, call the school at (212) 555-0187.',
      'Please call the attendance office before 9 am.',
      'Para más información, llame a la oficina de la escuela.',
      'Escriba a secretaria@colegio.example.edu si tiene dudas.',
    ],
    not: [
      'To join by phone, dial 646-555-0123 and enter meeting ID 845 221 9987.',
      'Please contact me with any concerns.',
      'Call the county food bank at 541-555-0102 for deliveries.',
      'Para unirse por teléfono, marque 555-201-3344.',
    ],
  },
  'crisis-communication': {
    tag: [
      'While school buildings are closed, meals will be available for pickup.',
      'Classes will move to remote learning on Monday and Tuesday.',
      'In case of an emergency, students will be released only to adults on the pickup list.',
      'En caso de emergencia, los alumnos serán entregados solo a personas autorizadas.',
      'Mañana haremos un simulacro de sismo a las 10.',
      'Las clases continuarán a distancia hasta nuevo aviso.',
    ],
    not: [
      'The drama club will perform Annie in the spring.',
      'El maestro trabaja bajo una licencia de emergencia.',
      'School closes early on the last day before winter break.',
    ],
  },
  'pandemic-response': {
    tag: [
      'Because of rising COVID-19 cases, masks are required indoors this week.',
      'We will send COVID updates every Friday by email.',
      'Debido a la pandemia, las clases serán en línea hasta el 15 de enero.',
      'Si su hijo tiene síntomas de COVID-19, manténgalo en casa.',
    ],
    not: [
      'It has been a year like no other because of the pandemic.',
      'Our students learned so much despite COVID.',
      'Pese a la pandemia, fue un gran año para nuestras familias.',
    ],
  },
  'sets-communication-expectations': {
    tag: [
      'Every Friday a class newsletter is emailed to families.',
      'Our weekly update goes out on Sundays.',
      'You can expect a reply within two school days.',
      'Each Monday, the take-home folder is sent home with the homework packet.',
      'Cada viernes se envía el boletín a las familias por correo.',
      'El boletín mensual se envía el primer lunes de cada mes.',
    ],
    not: [
      'Lunch is served each day at 11:30.',
      'Meals are handed out every Monday at the north door.',
      'Cada lunes se entregan los uniformes del equipo.',
    ],
  },
  'parent-teacher-conversations': {
    tag: [
      'Parents will meet one-on-one with their child’s teacher on October 20.',
      'Teacher email addresses are listed on the class pages.',
      'Los padres se reunirán con los docentes de cada grado el jueves.',
      'El horario de atención a padres es los martes de 2 a 3.',
      'La reunión de apoderados será el miércoles a las 19:00.',
    ],
    not: [
      'There is no meet and greet this year because of construction.',
      'Teachers will meet for professional development on Friday.',
      'Los maestros tendrán capacitación el viernes.',
    ],
  },
  'learning-at-home': {
    tag: [
      'Ask your child what they learned about plants this week.',
      'Here is what you can do to help your child get ready for testing.',
      'Join us for a family literacy night with games to play at home.',
      'Keep your kids reading this summer to beat the summer slide.',
      'Apoye a su hijo con la lectura diaria en casa.',
      'Les invitamos a la escuela de padres del jueves.',
    ],
    not: [
      'Talk to your child about washing hands to stop the flu.',
      'Ask your child what they would like you to tell the teacher at conferences.',
      'Hable con su hijo sobre los síntomas de la gripe.',
    ],
  },
  'learning-outside-school': {
    tag: [
      'Take your child to the public library for free storytime on Saturdays.',
      'Free tutoring is available on Tuesdays after school.',
      'The robotics club meets Thursdays in room 12.',
      'Las inscripciones para las extraescolares abren el lunes.',
      'Hay campamentos de verano gratuitos en el parque municipal.',
    ],
    not: [
      'There will be no after-school clubs on Friday.',
      'No habrá actividades extraescolares la semana de exámenes.',
    ],
  },
  'connects-to-resources': {
    tag: [
      'Families can get help with enrollment at the Family Welcome Center.',
      'Here are some helpful resources for talking with kids about hard news.',
      'Los padres pueden recibir ayuda con la inscripción en el centro de bienvenida.',
      'Aquí les compartimos algunos enlaces útiles para las familias.',
    ],
    not: [
      'Frequently asked questions about the new bell schedule.',
      'Preguntas frecuentes sobre el nuevo horario.',
    ],
  },
  'parent-organization': {
    tag: [
      'The PTSO needs a treasurer for next year.',
      'Our general membership meeting is Tuesday at 6 pm in the library.',
      'Get involved with the PTA: it only takes an hour a month.',
      'La asamblea general de la asociación de madres y padres será el jueves.',
      'El centro de padres invita a todas las familias a su reunión.',
    ],
    not: [
      'The Board of Education approved the new calendar.',
      'La Mesa Directiva de Educación aprobó el calendario escolar.',
      'Thank you to the PTA for the teacher breakfast.',
    ],
  },
};

/**
 * Round 2, second pass: families found missing or over-read on a second set of real messages
 * (held-out-real-2), again in new sentences of our own.
 */
const roundTwoSecondPass: Record<string, SentenceTable> = {
  'invites-follow-up': {
    tag: [
      'Please let us know if you have any concerns about the new schedule.',
      'If you have questions for the coach, send them by Friday.',
    ],
    not: [
      'Feel free to bring a snack for the bus ride.',
      "Your child's teacher will contact you with the test results.",
      'Please answer the questions as honestly as you can.',
    ],
  },
  'invites-contributions': {
    tag: [
      'Please consider stepping up to lead the spring fun run.',
      'We are hoping to fill the chair positions for the carnival.',
      'Let us know if you would like to help at the book fair.',
      'Support our fundraiser by buying a pie from the band.',
      'Les solicitamos que traigan una planta para el jardín.',
      'Las familias están invitadas a participar en la jornada de limpieza.',
    ],
    not: [
      'We need your help in making sure students wear coats.',
      'Help us by keeping your child home when sick.',
      'Pueden apoyar a sus hijos con la tarea.',
    ],
  },
  'points-to-other-channels': {
    tag: [
      'Check your email for the sign-up link.',
      'More information is at www.lakeside.example.org/info.',
      'Las notas se publicarán en la página de la escuela.',
      'Manténganse atentos a la información que enviamos a través de esta plataforma.',
    ],
    not: ['Put the fair on your calendar!', 'Pay online at https://payments.example.com today.'],
  },
  'offers-accommodations': {
    tag: ['The assembly will be interpreted in American Sign Language.'],
    not: ['The sign language club meets on Tuesdays.'],
  },
  'learning-at-home': {
    tag: [
      'Here are links to explore together with your child.',
      'Es muy importante su apoyo en casa con las tareas.',
      'Les compartimos una guía para hablar con sus hijos sobre el acoso.',
    ],
    not: [],
  },
  'learning-outside-school': {
    tag: [],
    not: ['Order from the Scholastic book club by Friday.'],
  },
  'gathers-family-input': {
    tag: ['Family feedback has been very helpful this year.'],
    not: [],
  },
  'reports-back-on-input': {
    tag: [
      'We received many suggestions for new clubs, so we are adding chess.',
      'Hemos recibido varias sugerencias y abriremos un taller de ajedrez.',
    ],
    not: [],
  },
  'crisis-communication': {
    tag: [
      'Las clases serán suspendidas el viernes por razones de seguridad.',
      'Tras el tiroteo de la semana pasada, reforzamos la vigilancia en la entrada.',
    ],
    not: [
      'Se suspenden las clases el lunes por la reunión del Consejo Técnico.',
      'Les pedimos medidas de prevención para la fiesta de fin de curso.',
    ],
  },
  'parent-teacher-conversations': {
    tag: [
      'Parent/teacher conferences are on November 12.',
      'We will hold conferences the week of March 27.',
      'El jueves habrá un encuentro entre familias y maestros de primer grado.',
      'Haremos reuniones informativas con los padres de cada grado.',
    ],
    not: [],
  },
  'explains-family-rights': {
    tag: ['You may opt your child out of participation by sending a note.'],
    not: [],
  },
  'connects-to-resources': {
    tag: [
      'Our counselors can connect families with mental health services.',
      'La lista de servicios de salud mental está en el sitio web.',
    ],
    not: [],
  },
  'parent-organization': {
    tag: [
      'The PTO needs new members for next year.',
      'Candidates for officer positions will be announced Monday.',
      'El Centro General de Padres se reunirá el lunes.',
    ],
    not: [],
  },
  'sets-communication-expectations': {
    tag: [
      'Families will receive text alerts about absences at 10 a.m. each day.',
      'Recibirán avisos por mensaje de texto a partir de las 9 de la mañana.',
    ],
    not: [],
  },
};

/**
 * Round 2, third pass: families found missing or over-read on a third set of real messages
 * (held-out-real-3), in new sentences of our own.
 */
const roundTwoThirdPass: Record<string, SentenceTable> = {
  'explains-family-rights': {
    tag: [],
    not: ['Nuestra idea es abrir la biblioteca los sábados.'],
  },
  'crisis-communication': {
    tag: [
      'Snow days will be announced by 6 a.m. on the radio.',
      'Closings are broadcast on local TV stations.',
    ],
    not: ['Friday is Pajama Day and Monday is Snow Day, so wear your winter gear!'],
  },
  'pandemic-response': {
    tag: [],
    not: ['We hope everyone stays in good health despite the latest COVID wave.'],
  },
  'points-to-other-channels': {
    tag: [
      'Check the school district website for closing information.',
      'Updates are posted on the district social media accounts.',
      'Toda la información está en este mismo blog, además de en papel.',
    ],
    not: ['Today we looked at the classroom calendar together.'],
  },
  'invites-follow-up': {
    tag: [
      'We want to share how decisions are made when snow is forecast.',
      'Queremos explicarles cómo se toman las decisiones sobre el calendario.',
    ],
    not: ['Phone: (555) 123-4567', 'Correo electrónico: secretaria@colegio.example.es'],
  },
  'gathers-family-input': {
    tag: [
      'If you have thoughts about the new schedule, I would love to hear from you.',
      'Schools must involve parents in decisions about the budget.',
    ],
    not: [],
  },
  'invites-contributions': {
    tag: [
      "We'd love some parent drivers for the museum trip.",
      'I am looking for parent help to sort library books.',
      'Buscamos madres y padres que quieran colaborar con la biblioteca.',
      'Queremos que todas las familias participen en la feria.',
    ],
    not: [],
  },
  'learning-at-home': {
    tag: [
      'Please read to or with your child for a few minutes at bedtime.',
      'Your child can practice tying shoes at home.',
      'Please check in with your child about their spelling words.',
      'The district offers parenting classes on Tuesday evenings.',
      'Durante el verano es importante fomentar la lectura.',
    ],
    not: ['Students practice lines in the gym before the play.'],
  },
  'learning-outside-school': {
    tag: ['La escuela de verano abre el 1 de julio.'],
    not: [],
  },
  'parent-teacher-conversations': {
    tag: [
      'The folder is for communication between parents and teachers.',
      'Mañana hay reunión del profesorado de tercero con las familias.',
    ],
    not: [],
  },
  'sets-communication-expectations': {
    tag: [
      'A daily communication log will come home in the blue folder.',
      'Please check the take-home folder every night.',
    ],
    not: [],
  },
  'offers-translation': {
    tag: [
      'We provide interpreters at every parent meeting.',
      "We translate all school information into families' home languages.",
      // The USDA non-discrimination statement on school meal pages, and language-services pages.
      'Program information may be made available in languages other than English.',
      'Our language services team translates a wide variety of written information for families.',
      'We translate important documents such as report cards and enrollment forms.',
    ],
    not: [
      'Many of our students speak languages other than English at home.',
      'Students translated a short poem in Spanish class.',
    ],
  },
  'parent-organization': {
    tag: [
      'Meet the Family Association at the welcome picnic.',
      'The PTA board voted to fund new library books.',
      'Desde la AMPA hemos organizado un taller de cocina.',
    ],
    not: [],
  },
  'gives-contact-details': {
    tag: [
      'For questions about the form, write to P.O. Box 210, Springfield.',
      'Para consultas, llame a los teléfonos 914 801 607 y 914 801 570.',
    ],
    // A contact detail with no follow-up purpose (returning a form, a bare phone line) is not
    // tagged; it still counts as contact details (contact-details.test.ts).
    not: ['Return the form to P.O. Box 210, Springfield.', 'Teléfonos: 914 801 607 y 914 801 570.'],
  },
  'basic-needs-resources': {
    tag: [],
    not: ['All profits from the bake sale will go to the local food bank.'],
  },
};

/**
 * Round 3 (after real sets E and F): general phrasing families written for this table, not taken
 * from the evaluation texts.
 */
const roundThree: Record<string, SentenceTable> = {
  'sets-communication-expectations': {
    tag: [
      'Teachers check their email twice a day and will answer your message the same day.',
      'ParentSquare is our main way of communicating with families.',
      'If school is cancelled, families are notified by 6 a.m. through a call and a text.',
      'Families can count on weekly communication from their child’s teacher.',
      'Teachers will send an update to families at least once a week.',
      'Las maestras revisan el correo dos veces al día.',
      'La agenda escolar es el medio oficial de comunicación con las familias.',
      'Las familias serán notificadas con antelación por la plataforma del colegio.',
    ],
    not: [
      'Please email the office with the name of your child.',
      'Our main goal this year is reading.',
      'Students were notified of their grades.',
      'Las familias recibieron las notas en junio.',
    ],
  },
  'learning-at-home': {
    tag: [
      'This is a good time to have a conversation with your teen about online safety.',
      'Make time for your children, even on busy days.',
      'We posted activities students can do at home over the break.',
      'Keep reading this summer: the library has a great list!',
      'Este fin de semana les pedimos conversar en familia sobre la amistad.',
      'Durante las vacaciones, no dejen de leer con sus hijos.',
    ],
    not: [
      'The teachers had a conversation about the schedule.',
      'The family picnic is on Saturday.',
      'Las vacaciones empiezan el 20 de diciembre.',
      'La reunión de familias será en el salón.',
    ],
  },
  'learning-outside-school': {
    tag: [
      'The activity fair on Thursday shows every club students can join.',
      'The city offers youth art classes on Saturdays.',
      'Check out the camps offered during spring break at the rec center.',
      'El bibliobús pasa por el barrio cada martes.',
      'El ayuntamiento organiza talleres para los días no lectivos.',
    ],
    not: [
      'Your child has the right to participate in extracurricular activities.',
      'Los alumnos de actividades extraescolares saldrán por la puerta principal.',
      'Spring break starts on March 20.',
    ],
  },
  'points-to-other-channels': {
    tag: [
      'You can also see report cards online in the parent account.',
      'Watch your email for the meeting link.',
      'Check out www.example.org/library for more information.',
      'La información completa está disponible en el siguiente enlace.',
      'Revisen su correo electrónico esta semana.',
    ],
    not: [
      'Please use the talking points below when you speak with your child.',
      'We watched a movie about email safety.',
      'Se decidió no volver a publicar las fechas en la página web.',
    ],
  },
  'invites-follow-up': {
    tag: [
      'You can register by contacting your child’s teacher.',
      'Please contact the nurse’s office to get signed up.',
      'Please share any concerns with Mr. Lee or me.',
      'Please respond to pta.helpers@example.org with your name.',
      'Deben escribir a la directora para pedir una corrección.',
      'Pueden dirigirse a la secretaría del colegio.',
    ],
    not: [
      'Please stop by the PTA table to sign up to volunteer.',
      'The teacher contacted the families.',
      'Los alumnos deben escribir una redacción.',
    ],
  },
  'crisis-communication': {
    tag: [
      'The governor’s decision to close schools was announced on Friday.',
      'The superintendent will decide whether to delay school by 5 a.m.',
      'Retomaremos las clases el lunes si se mantienen las condiciones mínimas de seguridad.',
    ],
    not: [
      'Friday is a flex day: no school if we have not used a snow day.',
      'Retomaremos las clases de natación en abril.',
    ],
  },
  'pandemic-response': {
    tag: [
      'Students who travelled abroad within the last 14 days or have symptoms should stay home.',
      'En raison de la crise sanitaire, la kermesse est annulée.',
      'Debido a la crisis sanitaria, las reuniones serán en línea.',
      'Por la situación sanitaria, la reunión se hará en línea.',
      'Les mesures liées à la crise sanitaire restent en vigueur.',
    ],
    not: [
      'We travelled to the museum last week.',
      'Nous vivons une crise sanitaire majeure qui bouleverse la vie de chacun.',
      'Hoy, más que nunca, la situación sanitaria renueva el compromiso de todos.',
    ],
  },
  'basic-needs-resources': {
    tag: [
      'Our meal delivery program brings breakfast and lunch to students.',
      'The weekend feeding program sends food home on Fridays.',
      'Free dental screenings are offered at school on Tuesday.',
      'La entrega de alimentos será el jueves en el gimnasio.',
      'El colegio participa en un programa de consumo de frutas.',
    ],
    not: [
      'Order a meal kit from the fundraiser catalog.',
      'Las actividades solidarias incluyen la entrega de comida a un asilo.',
    ],
  },
  'invites-contributions': {
    tag: [
      'We urge every family to contribute to the auction.',
      'We are asking for donations of canned food.',
      'Anyone wishing to volunteer at the fair can sign up online.',
      'Invitamos a todas las familias a aportar para el paseo.',
      'Quienes deseen colaborar pueden escribir al comité.',
    ],
    not: [
      'Please consider joining us for the spring concert.',
      'All volunteers, including drivers, need a badge from the office.',
      'Todos los voluntarios deben firmar en la entrada.',
    ],
  },
  'parent-teacher-conversations': {
    tag: ['Conferences with your child’s teacher are next week.'],
    not: [
      'The PTO helps with the organization of book fairs and parent teacher conferences.',
      'En la primera reunión de padres se elige la directiva de la asociación.',
    ],
  },
  'gathers-family-input': {
    tag: ['Join our virtual town hall with the superintendent.'],
    not: [
      'Please share any concerns you have with Ms. Ruiz.',
      'The parade will march through the Town Hall.',
    ],
  },
  'asks-communication-preferences': {
    tag: [
      'Please update your contact information in the parent portal.',
      'Make sure the school has your current phone number.',
      'Por favor, actualicen sus datos de contacto en la secretaría.',
    ],
    not: ['The contact list for the soccer team is attached.', 'El teléfono de la escuela cambió.'],
  },
  'offers-translation': {
    tag: ['Call the office with questions; we speak Spanish and Vietnamese.'],
    not: ['We speak to every class about safety.'],
  },
  'gives-contact-details': {
    tag: ['With questions about the form, contact Ana Diaz at the school nurse office.'],
    not: ['Parents can see a copy of the questions in the school office.'],
  },
  'asks-about-communication': {
    tag: [
      'Thank you to everyone who completed our communications survey.',
      'How often does the school send you updates about your child?',
      '¿Con qué frecuencia la escuela se comunica con usted?',
    ],
    not: ['How often does your child read at home?'],
  },
};

/**
 * Round 3, second pass: one sentence per common phrasing family of each indicator, written for this
 * table (en/es) to check that the families generalise beyond the evaluation texts.
 */
const roundThreeFamilies: Record<string, SentenceTable> = {
  'invites-contributions': {
    tag: [
      'We still need two more parents to help at the book fair next Tuesday.',
      'Volunteers are needed for field day; please sign up using the link below.',
      'Can you spare an hour to help with lunch duty?',
      'Our classroom is running low on tissues and glue sticks; any donations would be appreciated.',
      'Please send in a box of crayons if you are able.',
      "We're looking for a parent to coordinate the spring carnival.",
      'Help us make Teacher Appreciation Week special by bringing in a treat.',
      'The PTA is recruiting committee chairs for next year.',
      'Join our volunteer team!',
      'Grandparents and community members are welcome to read with our students on Fridays.',
      'Sign up to bring snacks for the class party.',
      'Se necesitan padres voluntarios para la feria del libro.',
      'Si puede ayudar con la kermés, comuníquese con la maestra.',
      'Agradecemos cualquier donación de útiles escolares.',
      'Pedimos a cada familia traer un plato para compartir.',
      '¿Le gustaría ser voluntario en el salón de clases?',
      'Buscamos papás y mamás que quieran colaborar con la biblioteca.',
      'Please send in an extra pack of pencils if you can.',
    ],
    not: [],
  },
  'asks-communication-preferences': {
    tag: [
      'Please tell us which language you would like to receive school messages in.',
      'Do you prefer to receive information by text message, email or phone call?',
      "Update your phone number and email in the parent portal so you don't miss alerts.",
      'You can choose to receive messages in English or Spanish in the app settings.',
      'Let us know the best time to reach you.',
      '¿Cómo prefiere recibir información de la escuela?',
      'Por favor indique el idioma en que desea recibir las comunicaciones.',
      'Recuerde mantener actualizado su número de teléfono en la escuela.',
    ],
    not: [],
  },
  'offers-translation': {
    tag: [
      'Interpreters will be available at conferences; please let the office know if you need one.',
      'This newsletter is available in Spanish, Vietnamese and Arabic.',
      'If you need this information in another language, please call the front office.',
      'Free language assistance services are available to you.',
      'Habrá intérpretes disponibles en la reunión.',
      'Si necesita un intérprete, llame a la oficina.',
      'Esta carta está disponible en otros idiomas.',
    ],
    not: [],
  },
  'points-to-other-channels': {
    tag: [
      'Updates will be posted on our Facebook page and sent by text.',
      'The full calendar is on the school website.',
      'Follow us on Instagram for photos of classroom activities.',
      'Grades are posted in PowerSchool every two weeks.',
      'Make sure you are signed up for ParentSquare notifications.',
      "Look for the flyer in your child's backpack.",
      "You'll find the lunch menu on the district app.",
      'Recibirá un mensaje de texto con el enlace.',
      'Consulte el calendario en la página web de la escuela.',
      'Síganos en Facebook para estar al día.',
      'Check your inbox for the registration link.',
    ],
    not: [],
  },
  'gathers-family-input': {
    tag: [
      'Please take a few minutes to complete our family survey.',
      'We want to hear your ideas about the new playground.',
      'Share your feedback on the proposed schedule by Friday.',
      'Join us for a listening session with the principal.',
      'Por favor complete la encuesta para padres.',
      'Queremos conocer su opinión sobre el nuevo horario.',
    ],
    not: [],
  },
  'reports-back-on-input': {
    tag: [
      'Based on your feedback, we are moving pickup to the north lot.',
      'Last spring many families asked for more after-school options, so we added a homework club.',
      'Gracias a sus sugerencias, ampliamos el horario de la biblioteca.',
    ],
    not: [],
  },
  'invites-follow-up': {
    tag: [
      'If you have any questions, please contact me at jsmith@school.org.',
      'Feel free to reach out with any concerns.',
      'My door is always open.',
      'The board meeting agenda and minutes are posted online for anyone to read.',
      'Si tiene preguntas, llame a la oficina al 555-1234.',
      'Quedo a sus órdenes para cualquier duda.',
      'Para más información, comuníquese con la consejera.',
      'Please call the main office to schedule a tour.',
    ],
    not: [],
  },
  'crisis-communication': {
    tag: [
      'School will be closed tomorrow due to icy roads.',
      'In the event of an emergency, families will receive a phone call and text.',
      'We practiced a lockdown drill today.',
      'Because of the power outage, students will be dismissed at noon.',
      'Our reunification site is the high school gym.',
      'Las clases se suspenden mañana por las lluvias.',
      'En caso de emergencia, los padres serán avisados por mensaje de texto.',
      'Realizamos un simulacro de sismo el martes.',
      'The superintendent decided to close all schools today because of the storm.',
    ],
    not: [],
  },
  'sets-communication-expectations': {
    tag: [
      'I will send a newsletter home every Friday.',
      'Teachers will reply to emails within 24 hours.',
      'Please allow two school days for a response.',
      'You can expect a weekly update from me each Sunday night.',
      'Our communication guidelines explain how and when teachers will contact you.',
      'Cada viernes enviaremos un resumen de la semana.',
      'Los maestros responderán los mensajes en un plazo de 48 horas.',
      'Teachers will respond to all emails by the end of the next school day.',
      'Email is the primary method of communication between home and school.',
      'Families will be notified at least 48 hours in advance of any schedule change.',
    ],
    not: [],
  },
  'parent-teacher-conversations': {
    tag: [
      'Parent-teacher conferences are November 20 and 21.',
      "Please sign up for a conference time with your child's teacher.",
      'Back to School Night is Thursday at 6 p.m.',
      'Teachers are available to meet with families by appointment.',
      'Las conferencias de padres y maestros serán la próxima semana.',
      'Puede solicitar una cita con la maestra en la oficina.',
      'La noche de regreso a clases será el jueves.',
    ],
    not: [],
  },
  'asks-about-communication': {
    tag: [
      'Please tell us how we can improve our communication with families.',
      '¿Cómo podemos mejorar la comunicación con las familias?',
    ],
    not: [],
  },
  'learning-at-home': {
    tag: [
      'Read with your child for 20 minutes every night.',
      'Ask your child to tell you about their favorite part of the day.',
      'Here are some math games you can play at home.',
      'Practice sight words at home using the attached list.',
      'Talk with your child about how they handle big feelings.',
      'Lean con sus hijos todos los días.',
      'Pregúntele a su hijo qué aprendió hoy.',
      'Practiquen las tablas de multiplicar en casa.',
      'Have a conversation with your child about screen time this weekend.',
      'Este fin de semana lean en familia un cuento.',
    ],
    not: [],
  },
  'learning-outside-school': {
    tag: [
      'Sign up for the after-school robotics club.',
      "The public library's summer reading program starts in June.",
      'Free tutoring is available on Tuesdays after school.',
      'Visit the science museum for free on the first Sunday of the month.',
      'Los clubes de ajedrez y robótica empiezan en octubre.',
      'Youth soccer leagues are forming now at the community center.',
    ],
    not: [],
  },
  'explains-family-rights': {
    tag: [
      "Under FERPA, you have the right to inspect your child's education records.",
      'Parents of students with disabilities have rights under IDEA.',
      'Usted tiene derecho a revisar los expedientes educativos de su hijo.',
    ],
    not: [],
  },
  'connects-to-resources': {
    tag: [
      'Our school counselor can connect families with community mental health services.',
      'The family resource center can help with questions about enrollment.',
      'La trabajadora social puede ayudarles a encontrar recursos en la comunidad.',
    ],
    not: [],
  },
  'parent-organization': {
    tag: [
      'Our next PTO meeting is Tuesday at 6:30 in the library.',
      'La próxima reunión de la asociación de padres será el lunes.',
      'Únase al comité de padres.',
    ],
    not: [],
  },
  'basic-needs-resources': {
    tag: [
      'Families in need can pick up free groceries at the food pantry every Thursday.',
      'Apply for free or reduced-price meals online.',
      'The clothing closet has free coats for any student who needs one.',
      'If your family is experiencing housing instability, contact our McKinney-Vento liaison.',
      'Las familias pueden solicitar comidas gratuitas o a precio reducido.',
      'El banco de alimentos abre los jueves.',
      'Free vision screenings will be offered to all students.',
    ],
    not: [],
  },
};

/** Sentences that look like evidence (a closing formula, a past event, a logistics note) but are not. */
const taggedByNoRule: string[] = [
  'Agradecemos su colaboración y puntualidad.',
  'La reunión de profesores será el lunes.',
  'Los estudiantes participaron en la feria de ciencias.',
  'La salida será a las 12:00 horas.',
  'Se recuerda el uso obligatorio del uniforme.',
  'Thank you to all the volunteers who helped at the book fair.',
  'Volunteers must complete a background check before working with students.',
  'The book fair runs Monday through Friday in the library.',
  'Gracias a todas las familias que colaboraron con la kermés.',
  'The school store will be closed on Friday.',
  'Students will check their answers with a partner each day.',
  'The main way to get to school is by bus.',
  'Students are notified of detention by their homeroom teacher.',
  'The nurse will call you if your child has a fever.',
  'Please send in your permission slip by Friday.',
  'Help us celebrate our graduates at the ceremony on June 5.',
  'Everyone is welcome to attend the spring concert.',
  'Please read the attached letter carefully.',
  'We had a great conversation in class about recycling.',
  'The students completed activities online during computer lab.',
  'Keep reading for more news from the front office.',
  'The fourth grade visited the museum on Tuesday.',
  'You can see the photos from the field trip below.',
  'Contact information for the coaches is listed below.',
  'The students talked about the decision to close the pool.',
  'The decision to change the bell schedule was made by the board.',
  'Meal prices will increase next year.',
  'Families are welcome to the awards assembly.',
  "Look for your child's name on the honor roll.",
  'The board minutes from last year mention the gym.',
  'Las familias disfrutaron del festival.',
  'El alumnado practicó en el gimnasio.',
  'Los estudiantes conversaron sobre el medio ambiente en clase.',
  'La entrega de boletas será el viernes.',
  'Los talleres de la tarde fueron un éxito.',
  'Gracias por su colaboración.',
  'Agradecemos su puntualidad.',
  'Pedimos a los padres respetar el horario de entrada.',
  'En vacaciones la escuela permanecerá cerrada.',
  'Su hijo debe traer su almuerzo en la lonchera.',
  'El presupuesto del viaje es de 20 dólares.',
  'Las clases de natación continúan el lunes.',
  'Los estudiantes escribieron cartas a sus familias.',
];

/**
 * Round 3, third pass: Latin American and Spanish school phrasing (apoderados, APAFA, libreta,
 * contingencia...) and English families found missing in the same probe, written for this table.
 */
const roundThreeSpanish: Record<string, SentenceTable> = {
  'parent-organization': {
    tag: [
      "The Parents' Club meets the first Thursday of every month.",
      'Our Home and School Association elected new officers.',
      'La Sociedad de Padres de Familia invita a su asamblea mensual.',
      'El Centro de Padres realizará su reunión el martes.',
      'La APAFA convoca a elecciones de su junta directiva.',
    ],
    not: [],
  },
  'connects-to-resources': {
    tag: [
      'Contact the homeless liaison for assistance with enrollment.',
      'Our community liaison can help families find a doctor.',
      'La psicóloga del colegio está disponible para orientar a las familias.',
      'Si su familia necesita apoyo, el departamento de orientación puede ayudarle.',
    ],
    not: [],
  },
  'gathers-family-input': {
    tag: [
      'We are always open to your suggestions.',
      'We welcome new ideas from families.',
      'Estamos abiertos a sus sugerencias.',
      'Su opinión es muy importante para nosotros.',
      'Les pedimos responder la encuesta antes del viernes.',
    ],
    not: [],
  },
  'offers-translation': {
    tag: [
      'Language assistance is available at no cost.',
      'Translated versions of this letter are available on request.',
      'Contamos con personal bilingüe para atenderle.',
      'Si necesita esta carta en otro idioma, avísenos.',
    ],
    not: [],
  },
  'invites-follow-up': {
    tag: [
      'Ante cualquier inquietud, pueden acercarse a la dirección.',
      'Estamos atentos a sus consultas en el correo del colegio.',
      'Las familias pueden solicitar una entrevista con el director.',
    ],
    not: [],
  },
  'points-to-other-channels': {
    tag: [
      'Revisen la agenda escolar diariamente.',
      'Publicaremos las fotos en Instagram.',
      'Les enviaremos el enlace por WhatsApp.',
    ],
    not: [],
  },
  'sets-communication-expectations': {
    tag: [
      'Las comunicaciones oficiales se enviarán solo por la plataforma.',
      'Los docentes responderán sus correos dentro de las 48 horas hábiles.',
    ],
    not: [],
  },
  'parent-teacher-conversations': {
    tag: [
      'Los apoderados serán citados a entrevista con el profesor jefe.',
      'Cada profesor tiene un horario de atención de apoderados.',
      'Las reuniones de padres de familia serán el 15 de marzo.',
    ],
    not: [],
  },
  'crisis-communication': {
    tag: [
      'Ante la contingencia, las clases serán en línea hasta nuevo aviso.',
      'Debido a la alerta sanitaria, se suspenden las actividades presenciales.',
      'En caso de sismo, los estudiantes serán entregados solo a sus apoderados.',
    ],
    not: [],
  },
  'learning-at-home': {
    tag: [
      'Acompañen a sus hijos en la realización de las tareas.',
      'Es importante establecer una rutina de estudio en casa.',
      'Dialoguen con sus hijos sobre lo que aprendieron.',
    ],
    not: [],
  },
  'learning-outside-school': {
    tag: [
      'Los talleres deportivos se realizarán los sábados.',
      'La biblioteca municipal ofrece cuentacuentos para niños.',
      'Los campamentos municipales ofrecen deporte, inglés y manualidades para niños y niñas de primaria durante las vacaciones.',
    ],
    not: ['Actividades recreativas para alumnos y apoderados el 6 de septiembre en el patio.'],
  },
  'basic-needs-resources': {
    tag: [
      'La escuela entrega desayunos gratuitos a todos los estudiantes.',
      'Las familias que lo necesiten pueden solicitar la beca de alimentación.',
      'El programa de alimentación escolar (PAE) continuará durante las vacaciones.',
    ],
    not: [],
  },
  'invites-contributions': {
    tag: [
      'Solicitamos la colaboración de los apoderados para la kermesse.',
      'Necesitamos apoderados que acompañen al curso en la salida pedagógica.',
    ],
    not: [],
  },
};

/**
 * Round 4: sentences written for the conventions in test/fixtures/rules/CONVENTIONS.md (what the
 * labellers of the real sets count for each weak indicator), none taken from an evaluation text.
 */
const roundFour: Record<string, SentenceTable> = {
  'sets-communication-expectations': {
    tag: [
      'We will call or text you as soon as we know whether buses are running.',
      'Our office will notify families in advance of any schedule changes.',
      'Field trip details will be announced via ParentSquare next week.',
      'Report cards are sent home on Fridays.',
      'La comunicación con las familias se realizará a través de la plataforma del colegio.',
      'Les avisaremos con anticipación si hay cambios en el horario.',
      'Los resultados se informarán por correo electrónico a cada familia.',
    ],
    not: [
      'We will call your name when your order is ready.',
      'Les informamos que el colegio estará cerrado el lunes.',
      'La comunicación es clave en la adolescencia.',
    ],
  },
  'points-to-other-channels': {
    tag: [
      "Keep an eye out for a flyer about the book fair in your child's folder.",
      'Please visit our district website for the full bus schedule.',
      'We hope you received the welcome letter we mailed last week.',
      "Families can look up the menus on the district's nutrition web pages.",
      'Visiten nuestra página web para conocer el calendario completo.',
      'Hemos creado una cuenta de Instagram para compartir las actividades del curso.',
      'Estén atentos a sus correos durante la semana.',
    ],
    not: [
      'Watch for ice on the sidewalks this morning.',
      'We visited the website of the science museum in class.',
      'Visite la biblioteca del barrio con sus hijos.',
    ],
  },
  'gathers-family-input': {
    tag: [
      'If you have any ideas for the spring carnival, please let us know.',
      'Si tienen alguna sugerencia para la fiesta de fin de año, escríbannos.',
      'Es una oportunidad para dar su opinión sobre el nuevo horario.',
    ],
    not: [
      'Los estudiantes compartieron sus ideas en la clase de ciencias.',
      'If you had fun at the carnival, thank a volunteer.',
    ],
  },
  'reports-back-on-input': {
    tag: [
      'Many of you asked for an earlier pick-up time, so we moved it to 2:45.',
      'Varios de ustedes nos han pedido más actividades deportivas.',
    ],
    not: [
      'Many of you attended the spring concert.',
      'Muchos de ustedes viajarán en Semana Santa.',
    ],
  },
  'learning-at-home': {
    tag: [
      'Read with your child for twenty minutes every night.',
      'Please help your child practice spelling words at home this week.',
      'This guide helps you and your teen have conversations about screen time.',
      'Here is a question you can ask your child at dinner tonight.',
      'Les pedimos leer en familia al menos tres veces por semana.',
      'Cada estudiante llevará a casa un libro para compartir con su familia.',
    ],
    not: [
      "Listen to your child's teacher's advice at the conference.",
      'The library will read to the children on Friday.',
      'La lectura del acta se hará en la asamblea.',
    ],
  },
  'parent-organization': {
    tag: [
      'Parent Council elections will take place at our first meeting in October.',
      'Our General Membership Meeting is on Tuesday at 6 pm.',
      "Join us for the PTA's annual meeting in May.",
      'En la asamblea general se realizará la elección de la nueva junta directiva.',
      'Les invitamos a hacerse socios de la asociación de padres.',
      'Los invitamos a que participen en la Cooperadora del jardín.',
      'Todos los padres pueden convertirse en miembros del consejo escolar.',
    ],
    not: [
      'At the last PTA meeting, we discussed the fall festival budget.',
      'Please send questions to our PTA Vice President of Membership.',
      'La junta directiva del distrito aprobó el presupuesto.',
      'Nuestros socios comunitarios donaron mochilas.',
    ],
  },
  'basic-needs-resources': {
    tag: [
      'A mobile dental clinic will visit the school on March 3.',
      'Free eyeglasses are available for students who fail the vision screening.',
      'Our food closet is open to any family who needs it.',
      'Las familias cuyos hijos necesitan anteojos pueden enviar la receta al colegio.',
      'El operativo dental gratuito se realizará en el colegio el martes.',
    ],
    not: [
      'Our class learned about dental health this week.',
      'Los alumnos usarán gafas de protección en el laboratorio.',
    ],
  },
  'connects-to-resources': {
    tag: [
      'Please contact the school counselor if your child is struggling after the move.',
      "Reach out to your child's counselor if they need extra support.",
    ],
    not: ['The counselor visited every fifth-grade class this week.'],
  },
  'invites-follow-up': {
    tag: [],
    not: [
      "Reach out to your child's counselor if they need extra support.",
      'Here is a question you can ask your child at dinner tonight.',
    ],
  },
  'crisis-communication': {
    tag: [],
    not: [
      'Please return the registration forms and emergency contact sheet with the deposit.',
      'Hablamos de seguridad en internet y contactos de emergencia.',
    ],
  },
  'explains-family-rights': {
    tag: [],
    not: ['Los docentes marcharon para defender sus derechos laborales.'],
  },
};

/**
 * Round 5: phrasing families from the cross-set analysis of sets H and I (CONVENTIONS.md, round 5),
 * sentences written for the tests.
 */
const roundFive: Record<string, SentenceTable> = {
  'sets-communication-expectations': {
    tag: [
      'Teachers will be calling families before the first day of school.',
      'We will email all families in the event of a late start.',
      'Staff will make regular contact with every family during remote learning.',
      'Parents will be notified by Friday if a bus route changes.',
      'The office will send out a text in case of an early dismissal.',
      'A phone call will be sent to families through our messaging system.',
      'A reminder letter is sent home before each field trip.',
      'We will share more details as soon as we have them.',
      'Los avisos se enviarán a través de la plataforma del colegio.',
      'Les pedimos leer los comunicados que iremos enviando durante el mes.',
      'La información llegará por los canales habituales de comunicación.',
      'La dirección informará periódicamente a las familias.',
    ],
    not: [
      'Teachers will call the roll at 8 a.m.',
      'We will contact the bus company about the new route.',
      'The permission letter was sent home yesterday.',
      'Los alumnos enviarán sus trabajos por la plataforma.',
      'La comunicación se llevará a cabo por los medios que resulten más adecuados.',
    ],
  },
  'invites-contributions': {
    tag: [
      'This is your chance to volunteer at the book fair.',
      'Our Giving Day starts next Tuesday.',
      'Invite your family to join us by helping at the craft tables.',
      'If you are interested in one of these board positions, write your name below.',
      'Para la fiesta necesitamos unas cartulinas de colores.',
      'La cooperadora fijó una cuota de $200 por familia.',
    ],
    not: [
      'Necesitamos unos días para organizar los grupos.',
      'The giving of awards is on Friday.',
      'La cuota del comedor se paga en secretaría.',
      'We need your support with homework and reading every night.',
      'Necesitamos de su colaboración respetando los horarios de entrada.',
    ],
  },
  'gathers-family-input': {
    tag: [
      'Please use the rating scale below to evaluate our school.',
      'Rate your child’s school on each area below.',
      'Queremos conocer la opinión de las familias sobre el horario.',
      'Escríbannos sus sugerencias al correo de la escuela.',
      'We invite parents interested in sharing your ideas to a coffee chat.',
    ],
    not: [
      'The scale in the science room is broken.',
      'Students will evaluate their own writing.',
      'Notes for the survey administrator are on the back.',
      'La opinión del médico es importante.',
    ],
  },
  'invites-follow-up': {
    tag: [
      'Our principal has an open-door policy.',
      'Parents may call the office to schedule an appointment with the nurse.',
      'Meet or contact your child’s coach whenever you need to.',
      'If you cannot open the form, contact the school office.',
      'If you would like to follow up with us, leave your phone number.',
      'La dirección mantiene una política de puertas abiertas.',
      'Las quejas y sugerencias deben dirigirse a la coordinación.',
      'Si no puede entrar a la plataforma, comuníquese con la secretaría.',
    ],
    not: [
      'You might follow up the museum visit with a trip to the library.',
      'Doors open at 7:45.',
      'Las puertas del colegio abren a las 7:45.',
    ],
  },
  'parent-teacher-conversations': {
    tag: [],
    not: [
      'The parent conferences planned for Thursday have been called off.',
      'Se suspenden las reuniones de apoderados de esta semana.',
      'La jornada de puertas abiertas para nuevas familias será el sábado.',
    ],
  },
  'points-to-other-channels': {
    tag: [
      'Please refer to the district website for the bus schedule.',
      'See the Student Handbook for the dress code.',
      'Read the full menu at www.oakschool.example.org.',
      'Consulte el calendario en nuestra página.',
    ],
    not: [
      'The reading survey is now available in the parent portal.',
      'Send me a photo of your science project on Seesaw!',
      'Watch on YouTube',
      'Ver en YouTube',
      'Topics include using the parent portal and bus safety.',
      'The spring survey is currently available within the parent app.',
    ],
  },
  'basic-needs-resources': {
    tag: [
      'Every pupil gets free fruit and milk at break time.',
      'Families can ask the office for supermarket vouchers over the holidays.',
      'Book your child’s place in the HAF programme this summer.',
      'Our uniform swap is open after school on Thursday.',
      'Families who receive SNAP benefits are automatically eligible.',
      'All students eat for free this year.',
      'Our backpack giveaway is on August 10 in the gym.',
      'A flu clinic will be held at school on October 3.',
      'El desayuno escolar es sin costo para todos los alumnos.',
      'Inscriba a su hijo en el programa de alimentación escolar.',
      'Las ayudas de comedor se solicitan en secretaría.',
      'Pregunte en la oficina por los cupones de alimentos.',
      'Tenemos un ropero de uniformes para las familias.',
      'El viernes habrá una jornada de vacunación en el colegio.',
      'Des petits déjeuners gratuits sont servis chaque matin.',
      'Renseignez-vous sur le tarif social de la cantine.',
      'Un dépistage visuel aura lieu en classe de CP.',
      'A blessing box by the front gate has food for anyone who needs it.',
      'The clinic offers low-cost dental care for children.',
      'La clínica ofrece atención dental a bajo costo para niños.',
      'L’épicerie sociale de la ville est ouverte aux familles le mercredi.',
      'Fill in the meal benefit application online.',
      'Our clothes closet has winter coats in every size.',
      'The student pantry is open every Friday after school.',
      'Ask about Internet Essentials for low-income households.',
      'La escuela ofrece mochilas gratis a las familias que lo necesiten.',
      'La cantine est gratuite pour les familles non imposables.',
    ],
    not: [
      'Students who eat gluten free can order from the special menu.',
      'Lactose-free milk is available for pupils with allergies.',
      'Please keep the classroom closet tidy.',
      'Les cahiers gratuits de la bibliothèque sont en libre-service.',
      'The book fair has low prices this year.',
      'Los precios de la excursión son bajos.',
      'We eat lunch together in the hall.',
      'The eye chart in the classroom is new.',
      'La entrega de útiles se hará en el aula.',
      'Los alumnos estudian el programa de alimentación saludable.',
      'No se entregará almuerzo de la JUNAEB el viernes.',
      'Les élèves ont goûté des fruits en classe.',
      'Please bring canned goods for the local food bank.',
      'Podéis traer legumbres para el banco de alimentos.',
    ],
  },
  'crisis-communication': {
    tag: [
      'Students will follow a hybrid schedule until January.',
      'Our safety plan for reopening the school is posted below.',
      'Los alumnos trabajarán de manera remota durante la semana.',
      'El colegio seguirá con el modelo híbrido en marzo.',
    ],
    not: [
      'The hybrid car show is on Saturday.',
      'We are reopening the school store on Monday.',
      'El modelo de uniforme es el mismo.',
    ],
  },
  'learning-at-home': {
    tag: [
      'Here are some activities to do at home with your children this summer.',
      'The workshops help parents support their children’s learning.',
      'Les pedimos supervisar las tareas de sus hijos cada tarde.',
      'Recomendamos organizar horarios y espacios de estudio en casa.',
    ],
    not: ['Teachers supervise the lunch room.', 'Las tareas se entregan el lunes.'],
  },
  'parent-organization': {
    tag: [
      'Ya podéis daros de alta como socios de la AMPA.',
      'Las familias socias de la AMPA pagan menos en las excursiones.',
    ],
    not: ['El alta médica se entrega en secretaría.'],
  },
  'asks-communication-preferences': {
    tag: [
      'Preferred contact method: phone, text or email',
      'Tell us which phone numbers you want called in an emergency.',
      'Indique su medio de contacto preferido.',
    ],
    not: ['The best time to visit is after lunch.', 'Nuestro medio de transporte es el autobús.'],
  },
  'connects-to-resources': {
    tag: [
      'Staff will connect you with local services if needed.',
      'La orientadora puede derivarlos a servicios especializados.',
    ],
    not: ['Connect the cable to the projector.', 'Conecte el cable al proyector.'],
  },
  'offers-translation': {
    tag: [
      'Information for families in Vietnamese will be at the front table.',
      'A workshop for Spanish-speaking parents will be held in Spanish on Monday.',
    ],
    not: ['Our Spanish club meets on Mondays.', 'Students read a story in Spanish class.'],
  },
  'explains-family-rights': {
    tag: [
      'The law requires the district to provide an interpreter at no cost.',
      'Your child is entitled to free transport if you live more than two miles away.',
      'Our privacy notice explains how we use your child’s data.',
      'You can read our complaints procedure on the website.',
      'You have a right of appeal if your application is refused.',
      'Consulte nuestra política de protección de datos personales.',
      'La normativa vigente establece un plazo de tres días.',
      'Conformément au RGPD, vous disposez d’un droit d’accès à vos données.',
      'State law requires schools to identify students who need language support.',
      'Parents may decline special education services at any time.',
      'Los padres pueden rechazar los servicios del programa en cualquier momento.',
      'SENDIASS gives free advice to parents of children with special needs.',
      'Read the Parents’ Bill of Rights on the district website.',
      'Puede ejercer sus derechos ARCO escribiendo a la dirección.',
    ],
    not: [
      'On World Book Day children are entitled to a book token.',
      'The class read the Bill of Rights in history.',
      'The coach requires players to arrive early.',
      'Students may decline the invitation to the dance.',
      'Los derechos de los socios se explican en los estatutos.',
      'Everyone is entitled to one free drink at the disco.',
      'Our PE department requires students to wear trainers.',
      'La ley de la gravedad se estudia en física.',
      'Celebramos el Día de los Derechos del Niño con una obra de teatro.',
      'Children’s Rights Day is celebrated with a school assembly.',
    ],
  },
};

/**
 * Round 5, probing: common ways notices and web pages say the same things, written for the tests
 * after the pass on sets H and I, and look-alikes that must stay untagged.
 */
const roundFiveProbe: Record<string, SentenceTable> = {
  'sets-communication-expectations': {
    tag: [
      'You will receive a text message from the district if school is cancelled.',
      'Families will get an automated call the night before any schedule change.',
      'We will post updates on this page as new information becomes available.',
      'Watch your email on Sunday evening for the week’s schedule.',
      'Teachers will reach out to each family within the first two weeks of school.',
      'The principal will send a letter home if there is a change in staff.',
      'Report cards will be mailed home at the end of each quarter.',
      'We will let you know by email if the field trip is cancelled.',
      'Expect a call from your child’s teacher before conferences.',
      'Les enviaremos un mensaje de texto si se cancelan las clases.',
      'Recibirán una llamada automática la noche anterior a cualquier cambio.',
      'Publicaremos las novedades en esta página a medida que tengamos información.',
      'Los maestros se comunicarán con cada familia durante las dos primeras semanas.',
      'Las libretas de calificaciones se enviarán a casa al final de cada trimestre.',
    ],
    not: [
      'You will receive a certificate at the end of the course.',
      'We will post the winners’ names on the bulletin board.',
      'Watch your step on the icy sidewalk tomorrow.',
      'Teachers will reach their goals by working together during the year.',
      'Recibirán una medalla si terminan la carrera.',
      'Publicaremos las fotos cuando tengamos permiso de las familias.',
      'Los maestros se comunicarán con los alumnos en inglés.',
      'Las notas se entregan en sobre cerrado.',
      'We will let you know if your child needs a new library card.',
    ],
  },
  'crisis-communication': {
    tag: [
      'A boil-water notice is in effect; bottled water will be provided.',
      'Classes are cancelled tomorrow because of the hurricane warning.',
      'Debido a la ola de calor, las clases terminarán a las 12:00.',
      'Las clases se suspenden mañana por la tormenta.',
    ],
    not: [
      'The students studied how a hurricane forms.',
      'Las clases de natación empiezan el lunes.',
    ],
  },
  'invites-contributions': {
    tag: [
      'Any donation of paper towels would be a big help.',
      'Cualquier aporte para la rifa será bienvenido.',
    ],
    not: ['Every gift is a reminder of our generosity.'],
  },
  'basic-needs-resources': {
    tag: [
      'Los estudiantes podrán retirar canastas de alimentos en el colegio.',
      'El comedor escolar seguirá funcionando para las familias que lo necesiten.',
    ],
    not: ['El comedor escolar se pinta en verano.', 'Our students collected 300 cans.'],
  },
  'parent-organization': {
    tag: [
      'Our PTO meets the first Tuesday of every month in the library.',
      'La AMPA se reúne el primer jueves de cada mes.',
    ],
    not: ['The chess club meets on Tuesdays.', 'El club de ajedrez se reúne los martes.'],
  },
};

/**
 * Exclusions scoped to what they are about: a cancellation drops a conference tag only when the
 * conference is what is cancelled (its subject, or the object of "cancelling"), not when something
 * else in the sentence is; a copyright notice is page furniture, a question about copyright is not.
 */
const scopedExclusions: Record<string, SentenceTable> = {
  'parent-teacher-conversations': {
    tag: [
      'Las conferencias de padres y maestros serán el 5 de mayo; se cancela la excursión.',
      'Las reuniones de apoderados serán el martes, pero la salida al museo queda suspendida.',
      'Las entrevistas con los apoderados se mantienen, aunque el acto del viernes fue cancelado.',
      'Se pospone la feria del libro y las reuniones de padres serán el jueves.',
      'Parent-teacher conferences are on March 5; the field trip has been cancelled.',
      'Curriculum night is Thursday at 6 pm, but the bake sale is postponed.',
      'Parent-teacher conferences are on March 5 and the spelling bee is cancelled.',
      'Because the soccer game was cancelled, conferences with your child’s teacher start at 3 pm.',
    ],
    not: [
      'Quedan suspendidas las reuniones de padres de esta semana.',
      'Se suspenderán las entrevistas con los apoderados hasta nuevo aviso.',
      'Las reuniones de padres previstas para el jueves se cancelarán por la tormenta.',
      'Because of the storm, we are calling off parent-teacher conferences.',
      'Parent conferences scheduled for Thursday will be postponed to next week.',
    ],
  },
  'gives-contact-details': {
    tag: [
      'If you have questions about copyright permissions for the yearbook photos, call Ms. Lee at 555-0142.',
      'For help with copyright rules for class projects, email Mr. Ortiz at ortiz@oak.example.org.',
      'Call Ms. Lee at 555-0142 with questions about copyright permissions.',
      'Si tiene dudas sobre el copyright de las fotos del anuario, escriba a anuario@colegio.example.edu.',
    ],
    not: [
      'Contact us: office@oakpark.example.org (c) 2026 Oak Park Schools',
      'Questions? office@oakpark.example.org | Copyright 2026 Oak Park Elementary',
      'Contact Oak Park Elementary office@oakpark.example.org Copyright Oak Park Elementary',
    ],
  },
};

/**
 * Round 6 (set J and the earlier sets' misses, CONVENTIONS.md "Round 6"): phrasing families, each
 * written for the tests, with look-alikes that must stay untagged. Cancellations drop a 3.2.4 tag
 * only when the programme itself is what is cancelled, as for 2.2.2 above.
 */
const roundSix: Record<string, SentenceTable> = {
  'learning-outside-school': {
    tag: [
      'Summer camp registration opens Monday; the bake sale is cancelled.',
      'The after-school chess club meets on Tuesdays, and the spelling bee has been postponed.',
      'Because the field trip was cancelled, the public library will host a free storytime on Friday.',
      'Las inscripciones para el campamento de verano abren el lunes; se cancela la excursión.',
      'Hay talleres de robótica después de clases, aunque la feria quedó suspendida.',
      'No habrá clases el viernes, pero las actividades extraescolares siguen como siempre.',
      'Our extra-curricular clubs start next week.',
      'Holiday clubs run throughout the Easter break.',
      'The council’s Holiday Activities and Food programme has free places.',
      'Day camps fill up quickly, so register soon.',
      'Inscripciones abiertas para el campus de verano.',
      'La colonia de vacaciones comienza el 3 de enero.',
      'Las actividades de contraturno son gratuitas.',
      'Tutoría gratuita disponible los sábados en la biblioteca.',
      'Les activités parascolaires reprennent en octobre.',
      'Inscrivez votre enfant au camp de jour de la ville.',
      'Des stages sportifs sont proposés pendant les vacances.',
      'L’accueil de loisirs est ouvert le mercredi.',
      'Registration for the district’s soccer camp opens in May.',
      'Cub Scouts meets Tuesdays in the cafeteria.',
      'Las escuelas deportivas municipales abren la inscripción.',
      'Afterschool programs start on September 12.',
      'Our after-school programmes include coding and choir.',
      'Abrimos el plazo de inscripción de las actividades extraescolares.',
      'La oferta de extraescolares para el próximo curso ya está en la web.',
      'Las extraescolares de tarde empiezan en octubre.',
      'Las actividades extraescolares son gratuitas para las familias socias.',
      'Los talleres de verano abren la inscripción en junio.',
      'Inscribe a tu hijo en vacaciones útiles.',
    ],
    not: [
      'The after-school chess club is cancelled this week.',
      'Summer programs at the public library have been postponed until July.',
      'We are cancelling Saturday tutoring because of the storm.',
      'Tutoring will not meet during the winter break.',
      'Quedan suspendidas las actividades extraescolares esta semana.',
      'Los talleres de verano se cancelan por falta de inscritos.',
      'Debido a la lluvia, se suspende el campamento de verano.',
      'El cese de las actividades extraescolares será el 31 de mayo.',
      'Pablo has served as a Parks & Recreation Commissioner.',
      'El campus de la universidad está cerrado.',
      'Les élèves de 3e font un stage en entreprise.',
      'La tutoría de 2º B es el martes.',
      'Our students visited the art museum.',
      'The camp counselor training is for staff only.',
      'La AMPA organiza y apoya las actividades escolares y extraescolares del centro.',
      'No somos una empresa de extraescolares, sino un grupo de padres.',
      'En la reunión hablamos del comedor, el autobús y las extraescolares.',
      'El taller de cerámica de tercero expuso sus obras.',
    ],
  },
  'points-to-other-channels': {
    tag: [
      'Closings will be announced on local radio and TV stations by 6 a.m.',
      'Stay updated through our weekly e-mail.',
      'The meeting agenda will be posted on the main office bulletin board.',
      'Reminders go out through our monthly email blast.',
      'You can see your child’s grades in ManageBac.',
      'Los cierres se anunciarán en las emisoras de radio locales.',
      'El calendario estará publicado en el tablón de anuncios de la entrada.',
      'Manténganse informados a través de nuestra página web.',
      'Le menu est affiché sur le panneau à l’entrée.',
      'Restez informés via le site de l’école.',
    ],
    not: [
      'Our students visited a local radio station last week.',
      'Stay safe and warm this weekend.',
      'Students hung their drawings on the classroom wall.',
      'Los alumnos visitaron una emisora de radio.',
      'Manténganse hidratados durante el calor.',
      'Vous pouvez nous adresser vos questions par mail à : ape@ecole.example.fr',
    ],
  },
  'sets-communication-expectations': {
    tag: [
      'An automated call will go out to all families by 6 a.m. if school is closed.',
      'You will receive an automated message when your child is marked absent.',
      'Se enviarán mensajes de texto a todas las familias si hay cambios en el horario.',
      'Se realizarán llamadas automáticas a los hogares en caso de cierre.',
      'Toutes les informations importantes sont transmises par le cahier de liaison.',
      'A list of spelling words will come home each Monday.',
      'Every Friday a reading log comes home in the blue folder.',
      'I will communicate these strategies to you in the reading record.',
      'Email is our main method of communication with families.',
      'We primarily communicate with parents through Seesaw.',
      'The newsletter is sent home fortnightly.',
      'Our termly newsletter will be published on the website.',
      'Emails will be answered within two working days.',
      'Os avisaremos por correo si hay cambios.',
      'Les iremos informando de las novedades a medida que tengamos noticias.',
      'Recibiréis un mensaje cuando las notas estén publicadas.',
      'Los correos serán respondidos en un plazo de 48 horas.',
      'Vous recevrez un SMS dès que le car sera arrivé.',
      'Nous vous tiendrons informés dès que possible.',
      'Le cahier de liaison reste le principal moyen de communication.',
      'La lettre d’information hebdomadaire est envoyée le vendredi.',
      'Nous vous répondrons sous 48 heures.',
      'Look for our newsletter in your inbox every Sunday.',
      'I check email daily before school.',
      'Please allow 48 hours for a response.',
      'I will not be able to check email after 5 p.m. or on weekends.',
      'You will hear from me every Friday with a class update.',
      'Our teachers use Seesaw to communicate with families.',
      'Los mensajes se atenderán en horario escolar.',
      'Utilizamos la agenda y el correo para comunicarnos con las familias.',
      'Nous utilisons le cahier de liaison pour communiquer avec les familles.',
      'Cada viernes recibiréis un correo con las novedades de la semana.',
      'El boletín informativo se enviará cada quince días.',
      'Une lettre d’information vous sera envoyée chaque mois.',
      'The weekly update will arrive in your inbox on Sunday evenings.',
      'Le bulletin sera remis aux parents à la fin de chaque étape.',
      'We use several methods to inform families about closings with as much notice as possible.',
      'We will notify families of any change with as much advance notice as possible.',
      'The district uses email, text and phone calls to notify parents of delays.',
      'If school is closed, the announcement is posted by 6:00 a.m. on the district website.',
      'I plan to send a short summary after each meeting.',
      'Minutes will be emailed following every meeting.',
      'El acta de cada reunión se enviará a las familias tras cada asamblea.',
      'Le compte rendu sera envoyé aux parents après chaque conseil d’école.',
      'The new timetable will be shared with families before the end of term.',
      'A robocall is sent out to every family when schools close.',
      'The link to the meeting will be emailed to you the day before.',
      'La hora de la reunión se enviará al correo electrónico de cada familia.',
      'Le lien vous sera envoyé par courriel la veille.',
      'Our communication protocol explains how to reach staff.',
      'El protocolo de comunicación del centro se explica en la agenda.',
      'Le protocole de communication précise à qui vous adresser.',
      'Les avisaremos con suficiente antelación de cualquier cambio.',
      'Las fechas de los exámenes se anuncian con antelación en el aula.',
      'Nous vous informerons dans les meilleurs délais de toute modification.',
      'Los cambios se publicarán antes de las 7:00 en la web.',
    ],
    not: [
      'The class built an automated weather station.',
      'Se enviarán los libros a la biblioteca.',
      'Cada profesor firmará el cuaderno de comunicaciones.',
      'Merci de signer le cahier de liaison.',
      'Students go home at 3:15 every day.',
      'Please return the form within five days.',
      'Reading is the best way of learning new words.',
      'Every week the children go home tired and happy.',
      'Os esperamos en la fiesta.',
      'Vous recevrez une facture.',
      'Le principal a rencontré les parents.',
      'Look for the lost hat in the office.',
      'Students use tablets to communicate with their partners.',
      'Los alumnos utilizan tabletas para comunicarse con sus compañeros.',
      'Cada viernes los alumnos tienen educación física.',
      'The new books will arrive in the library on Monday.',
      'Le prix sera remis à la fin de la fête.',
      'Please give the office as much notice as possible if your child will be absent.',
      'Deben avisar con suficiente antelación si su hijo no asistirá.',
      'Forms must be sent by 8:00 a.m. on Friday.',
      'The photos will be shared with you by Mrs. Lee.',
      'Students take notes after each lesson.',
      'We wrote a summary of the book after each chapter.',
    ],
  },
  'invites-follow-up': {
    tag: [
      'If you have any concerns about the new schedule, please let the office know.',
      'If you were unable to book a slot this week, please let the office know.',
      'Si tienen dudas, pasen por la secretaría del colegio.',
      'Si les preocupa algo, hablen con la tutora.',
      'Si tienes dudas, habla con el tutor de tu hijo.',
      'Vous pouvez nous adresser vos questions par courriel.',
      'Vous pouvez nous écrire à tout moment.',
    ],
    not: [
      'Please complete your background check with the office before volunteering.',
      'Let the children know that recess is at ten.',
      'Los alumnos hablan con el director sobre el huerto.',
      'Cada alumno habla con el profesor sobre su proyecto.',
    ],
  },
  'parent-teacher-conversations': {
    tag: [
      'Please book a meeting with your child’s class teacher before the holiday.',
      'Families may call the school to set up a meeting to discuss their child’s progress.',
      'Les parents peuvent rencontrer l’enseignante sur rendez-vous.',
      'Los padres pueden pedir una cita con el tutor.',
      "Parents' Evening for Year 4 is on Thursday 12th March.",
      'Please book your parents’ evening appointment through the online system.',
      'Our Parent Consultation evenings will take place next week.',
      'Parent-teacher interviews will be held in the hall on Tuesday.',
      'Bookings for parent teacher interviews open on Monday.',
      'Three-way interviews give students a chance to lead the conversation.',
      'Join us for Parent-Teacher Night on October 3.',
      'The Year 6 parents’ meeting about secondary transfer is on Monday at 6 pm.',
      'Families can catch up with their child’s class teacher at the drop-in session.',
      'Las familias tienen la oportunidad de charlar con los profesores de sus hijos.',
      'Les rogamos que consulten el horario de tutorías en la web.',
      'Pide cita con tu tutora a través de la agenda.',
      'Solicite una entrevista con el profesor jefe cuando lo necesite.',
      'La reunión de inicio de curso con las familias será el 20 de septiembre.',
      'Las conferencias entre padres y maestros serán el próximo jueves.',
      'El jueves es la entrega de boletines a los acudientes.',
      'La remise des bulletins aura lieu le 15 novembre.',
      'Vous pouvez prendre rendez-vous avec la maîtresse par le cahier de liaison.',
      'La première rencontre de parents aura lieu le 12 septembre.',
      'Les rencontres parents-enseignants auront lieu la semaine prochaine.',
      'Goal-setting conferences are held in the first month of school.',
      'Academic Review Day is on Friday; please book a slot with your child’s tutor.',
      'Las conferencias dirigidas por estudiantes serán en noviembre.',
      'Los invitamos a la noche para conocer al maestro.',
      'La noche de regreso a la escuela es el jueves.',
      'Des entretiens individuels avec les familles sont proposés en janvier.',
      'La réunion de classe aura lieu le mardi 12 septembre.',
      'The Kindergarten parent meeting is on August 20 in the library.',
      'Year 5 consultations are scheduled for January.',
      'Consultations for the other year groups will follow in February.',
      'Teachers will make phone calls about your child’s progress next week.',
      'Parent–Teacher Conferences are November 14 and 15.',
      'Our Meet the Tutor evening for Year 7 is on 14 September.',
      'La reunión de 4° A pasa al martes a las 9.',
      'La reunión de padres de 3º será el lunes.',
      'Habrá llamadas telefónicas sobre el progreso de cada alumno.',
      'Enviamos la citación a los apoderados para el miércoles.',
      'Podéis solicitar una tutoría a través de la plataforma.',
      'La réunion de parents du premier trimestre aura lieu le 20 novembre.',
      'Des appels téléphoniques pour faire le point sur les progrès de votre enfant auront lieu en mars.',
    ],
    not: [
      '-- Represents the PTA at the open house and the spring fair.',
      'We will discuss their progress at the next staff meeting.',
      'The staff meeting was held to discuss their learning goals.',
      'Los alumnos presentan sus proyectos en la feria.',
      'The PTA evening social is on Friday.',
      'Our open evening for prospective families is on 3 October.',
      'Job interviews for the new head teacher will be held next week.',
      'Los alumnos charlaron con los bomberos en el patio.',
      'La tutoría de los alumnos de sexto trabaja la convivencia.',
      'Les parents d’élèves élus se réunissent en conseil d’école.',
      'La rencontre des parents délégués avec la mairie est reportée.',
      'The staff goal setting day is on Friday.',
      'Les élèves ont préparé la classe de neige.',
      'The staff meeting on progress data is on Monday.',
      'Consultations on the new uniform policy close on Friday.',
      'La réunion de parents d’élèves élus se tiendra en mairie.',
      'The kindergarten class visited the fire station.',
      'This includes parent–teacher conferences, meetings about special education, or other conversations.',
    ],
  },
  'invites-contributions': {
    tag: [
      'Our winter coat drive continues through Friday.',
      'Continuamos con la campaña de recogida de juguetes hasta el viernes.',
      'Os animamos a difundir la convocatoria entre vuestros conocidos.',
      'Os invitamos a todos a participar en la medida de vuestras posibilidades.',
      'Parent volunteers, chaperones and drivers are essential to our field trips.',
      'Drivers are needed for the trip to the science museum.',
      'Please send in tins and dried food for our harvest collection.',
      'Please bake something for the cake sale on Friday.',
      'Can you help at the summer fair on Saturday?',
      'Please spread the word to your neighbours.',
      'Non-uniform day is Friday: please bring a bottle for the tombola.',
      'Ask your employer about matching gifts.',
      'Volunteer an hour of your time at the book fair.',
      'Los padres que quieran ser colaboradores pueden apuntarse en secretaría.',
      'Buscamos familias colaboradoras para la fiesta de fin de curso.',
      '¿Nos echáis una mano con la decoración del patio?',
      'Os animamos a traer comida típica para compartir en la fiesta.',
      'Te pedimos que nos ayudes a montar el escenario.',
      'Si podéis colaborar con la tómbola, avisad a la tutora.',
      'Se solicita la colaboración de las familias para decorar el patio.',
      'Apúntate como voluntario en la biblioteca del cole.',
      'Nous recherchons des parents accompagnateurs pour la sortie au zoo.',
      'Si vous avez un peu de temps, venez nous aider à la kermesse.',
      'Merci d’apporter des gâteaux pour la vente du vendredi.',
      'Un petit coup de main serait le bienvenu pour ranger la bibliothèque.',
      'N’hésitez pas à partager l’information autour de vous.',
      'Bring a dish to share at the international potluck.',
      'If anyone has spare wellies or outgrown coats, the office would love them.',
      'We would love to have parents help out in the classroom this term.',
      'Pueden traer un plato típico para compartir en la fiesta.',
      'Si tienen libros que ya no usen, déjenlos en la biblioteca.',
      'Apportez un dessert à partager pour le pique-nique de fin d’année.',
      'Vos jeux de société dont vous ne vous servez plus feront le bonheur de la garderie.',
      'Please give generously to the Red Nose Day appeal.',
      'Fun run pledge forms are due back on Friday.',
      'Colaboren con la rifa de la cooperadora comprando un número.',
      'Ya están a la venta los bonos contribución de la escuela.',
    ],
    not: [
      'Please give today’s homework sheet to your teacher.',
      'Can you help us find the owner of this lost coat?',
      'The nurse will give medicine only with a signed form.',
      'El equipo colabora con el ayuntamiento en el plan de tráfico.',
      'Students will share their projects in the classroom.',
      'If you have any questions, call the office.',
      'Traigan la merienda de sus hijos todos los días.',
      'Apportez votre gourde.',
      'Every minute our volunteers give is essential to our students.',
      'Bus drivers are needed across the district; apply online.',
      'Please send in your child’s reading book every day.',
      'We encourage children to bring in bottles of water on hot days.',
      'Can you help your child practise spelling at home?',
      'Te pedimos que nos ayudes respondiendo a esta breve encuesta.',
      'Os animamos a ayudar a vuestros hijos con la lectura.',
      'Merci de votre aide pour la kermesse.',
      'Merci d’apporter une gourde et une casquette.',
      'Les élèves ont fait une collecte de données sur la météo.',
      'Students are invited to contribute to the discussion about the class rules.',
      '-- Coordinates the work of the volunteer committees.',
      'La campaña de vacunación terminó en marzo.',
      'Continuamos con la clase de matemáticas.',
      'Comienza la campaña de vacunación en el colegio.',
      'Continúa la recogida de los alumnos por la puerta norte.',
      'Les invitamos a sumarse a la celebración del Día de la Madre.',
      'Os animamos a apuntaros a la excursión del sábado.',
      'Our kindness campaign starts on Monday.',
    ],
  },
  'gathers-family-input': {
    tag: [
      'Queremos conocer sus opiniones sobre el comedor.',
      'Donnez votre avis sur la cantine.',
      'Have your say on the new uniform policy.',
      'Please complete Ofsted Parent View.',
      'We are consulting parents on changes to the school day.',
      'Please respond to the consultation by 12 March.',
      'The consultation closes on Friday.',
      'Help us improve by sharing your ideas.',
      'We value your views.',
      'A feedback form is attached.',
      'Deja tus ideas en el buzón de sugerencias.',
      'Participa en nuestro sondeo.',
      'Vuestra opinión es muy importante para nosotros.',
      'Dadnos vuestra opinión sobre el comedor.',
      'Ayúdennos a mejorar respondiendo unas preguntas.',
      'Une boîte à idées est installée dans le hall.',
      'Nous comptons sur vous pour proposer des améliorations.',
      'Aidez-nous à proposer des activités.',
      'Les délégués peuvent faire remonter vos remarques au conseil d’école.',
      'We would love your input on the spring events.',
      'Please fill out an evaluation at the end of the workshop.',
      'Comment cards are at the front desk.',
      'Les pedimos su opinión sobre el nuevo horario.',
      'Encontrarán un formulario de satisfacción en la web.',
      'Nous souhaitons recueillir vos idées pour la kermesse.',
      'Nos gustaría saber qué os parece el nuevo horario.',
      'Agradecemos cualquier sugerencia para mejorar las fiestas.',
      'Nos interesa conocer su opinión.',
      'Le conseil d’établissement consulte les parents sur le code de vie.',
      'Please provide us with your comments and concerns about the proposal.',
      'Share with us your ideas for next year.',
      'Háganos llegar sus comentarios y sugerencias.',
      'Faites-nous part de vos remarques et suggestions.',
      'Parents can help contribute to decisions about PTA programs.',
      'We want every family to have a say in how the money is spent.',
    ],
    not: [
      'Students will have a conversation with the author.',
      'The results can be shared with your doctor.',
      'Los alumnos darán su opinión en clase de lengua.',
      'Help us improve the playground by donating.',
      'The views from the trip were amazing.',
      'Aidez-nous à préparer la fête de l’école.',
      'Ayúdennos a mejorar el patio con una donación.',
      'We love your children.',
      'Les pedimos su colaboración con la limpieza del patio.',
      'Nos gustaría saber cuántos niños vendrán a la excursión.',
      'Nos interesa que los niños lleguen puntuales.',
      'Le médecin consulte le mardi.',
      'Please provide us with your current phone number.',
      'Students contribute to class decisions.',
    ],
  },
  'reports-back-on-input': {
    tag: [
      'Following a request that has been made by parents, the gate will open at 8:15.',
      'Atendiendo a la petición que han hecho las familias, el comedor abrirá antes.',
    ],
    not: [
      'A request has been made for new library books.',
      'La petición de material se hará en septiembre.',
    ],
  },
  'crisis-communication': {
    tag: [
      'All schools will close at noon today because of the ice storm.',
      'Las escuelas cerrarán hoy a las 12 por la nevada.',
      'Hemos determinado suspender las clases de mañana por las lluvias.',
      'Las clases se encuentran suspendidas hasta el lunes.',
      'Debido a las inclemencias meteorológicas, el colegio permanecerá cerrado.',
      'Por la nevada, el centro no abrirá mañana.',
      'El cierre de los centros educativos se mantiene esta semana.',
      'Todos los alumnos deben dirigirse a la zona de seguridad durante el simulacro.',
      'Tomorrow will be an e-learning day for all students.',
      'Wednesday will be a virtual learning day due to the forecast.',
      'NTI days will be used if we have to close.',
      'Our reopening plan for the fall is posted below.',
      'Students will return to in-person learning on March 1.',
      'Please remember to practise social distancing at drop-off.',
      'Masks are required on the bus.',
      'En raison des intempéries, l’école sera fermée demain.',
      'Le département est placé en vigilance orange.',
      'Les cours sont suspendus jusqu’à nouvel ordre.',
      'Merci de respecter les gestes barrières.',
      'El uso de mascarilla es obligatorio en el centro.',
      'Los grupos de convivencia estable no se mezclarán en el recreo.',
      'Vendredi est une journée de tempête : les écoles sont fermées.',
      'Check the district page for school closings.',
      'In the event of adverse weather, we will text all families.',
      'Smoke from the wildfires has led us to keep students indoors.',
      'La docencia telemática comenzará el lunes.',
      'Ohio allows five calamity days before make-up days are needed.',
      'With wind chills near -30, all schools are closed.',
      'The school is closed today because of a heating failure.',
      'El toque de queda obliga a adelantar la salida.',
      'Our critical incident plan has been updated.',
      'We practised an invacuation this morning.',
      'On days of catastrophic fire danger the school will close.',
      'All school buses are cancelled today because of freezing rain.',
      'El transporte escolar queda suspendido mañana.',
    ],
    not: [
      'The school store will close at 3 on Fridays.',
      'La escuela cerrará la matrícula en junio.',
      'Las clases se suspenden el lunes por el día festivo.',
      'Library reopening hours are posted below.',
      'The virtual learning academy accepts new students in August.',
      'Les cours sont suspendus en raison de la grève.',
      'Les élèves ont fait une tempête d’idées en classe.',
      'Nuestro mural tiene una zona de juegos.',
      'Siempre cumpliendo el plan de contingencia, ofrecemos talleres.',
      'The weather was lovely for sports day.',
      'La enseñanza de idiomas es presencial.',
      'No habrá clases el domingo por la jornada electoral; suspendemos las clases del lunes.',
      'Suspendemos las clases el viernes por la jornada de formación del profesorado.',
      'The pipes in the science lab are being replaced.',
      'The bus stop has moved to Elm Street.',
      'El transporte escolar sale a las 16:00.',
    ],
  },
  'offers-translation': {
    tag: [
      'Bring your phone to use our new translation system during the assembly.',
      'Habrá auriculares de interpretación en la asamblea.',
    ],
    not: [
      'The school bought a new sound system for the gym.',
      'Los alumnos usaron auriculares en la sala de informática.',
    ],
  },
  'connects-to-resources': {
    tag: [
      'Visit our family resource center for help with housing.',
      'Our Family Liaison Officer can help with forms and appointments.',
      'If your child is a young carer, please let us know so we can support them.',
      'We can signpost families to local organisations.',
      'Children can call Childline on 0800 1111 at any time.',
      'Please contact our SENCo if you have concerns about your child’s learning.',
      'Dial 211 to find food, housing and health help near you.',
      'The pastoral team is here for your child.',
      'La dupla psicosocial atiende a las familias los martes.',
      'Podemos derivar a las familias a los servicios sociales del ayuntamiento.',
      'L’infirmière scolaire reçoit les élèves le lundi.',
      'Le RASED peut accompagner votre enfant.',
      'Our guidance department can help with college and career questions.',
      'The school counselling service is open to every pupil.',
      'Ask about our wraparound services for families.',
      'El departamento de trabajo social atiende a las familias los jueves.',
      'Une cellule d’écoute est ouverte au collège cette semaine.',
      'Citizens Advice can help with benefits and debt questions.',
      'La oficina de atención a las familias está en el edificio principal.',
      'Le centre social du quartier propose une aide aux démarches administratives.',
    ],
    not: [
      'The information desk sells tickets.',
      'Les élèves visitent le centre-ville.',
      'The guidance in this letter is for Year 6 only.',
      'Los alumnos hicieron un trabajo sobre la vida social de las abejas.',
      'Our Frozen day starts with a visit from Elsa.',
      'The Good Samaritan story was read in class.',
      'Signposts around the school show the way to the hall.',
      'Students did community service last week.',
      'Teachers can find the forms on the staff resource center page.',
      'El centro de recursos para el personal está en la intranet.',
    ],
  },
  'learning-at-home': {
    tag: [
      'Please read with your child for 20 minutes each night.',
      'Esta semana tuvimos la escuela para padres sobre el uso de pantallas.',
      'We’re hosting a talk on positive parenting next Thursday.',
      'Our parenting seminar covers screen time and sleep.',
      'Sign up for the parent webinar on supporting anxious children.',
      'Here are five ways to support your child at home this term.',
      'Please keep practising times tables at home.',
      'Remember to sign your child’s reading record each night.',
      'Workshops for parents and carers run every Friday.',
      'Lee con tu hijo cada noche.',
      'Leed con vuestros hijos un rato cada día.',
      'Ayudad a vuestros hijos a organizar el estudio.',
      'Pregúntale a tu hijo qué ha aprendido hoy.',
      'Habrá una charla para familias sobre disciplina positiva.',
      'La charla sobre crianza positiva será el martes.',
      'Conférence sur la parentalité positive jeudi à 18 h.',
      'Discutez avec votre enfant de sa journée.',
      'Voici comment aider votre enfant dans ses devoirs.',
      'Join our parent education series on teen mental health.',
      'A calm bedtime routine helps children arrive ready to learn.',
      'Prenez le temps de lire avec votre enfant chaque soir.',
      'Keep reading bedtime stories together over the break.',
      'Take time each evening to talk with your child about their day.',
      'Home readers are changed every Monday.',
      'Home learning packs are available from the office.',
      'Tips on managing screen time are attached.',
      'Tómense el tiempo en sus hogares para explicar lo que está pasando.',
      'Les recomendamos limitar el tiempo de pantallas entre semana.',
      'Pensez à limiter le temps d’écran le soir.',
      'Chaque soir, vérifiez ses devoirs avec lui.',
      'This guide explains how to support your child with reading.',
      'Os contamos cómo podéis ayudar a vuestros hijos con los deberes.',
      'Découvrez comment aider votre enfant à s’organiser.',
    ],
    not: [
      'We feel lucky to work with your children every day.',
      'I look forward to working with your child this year.',
      'La escuela para adultos abre en octubre.',
      'Our teachers read aloud to the class every morning.',
      'The parenting time schedule is set by the court.',
      'El profesor leyó un cuento a la clase.',
      'La charla sobre el reciclaje fue para los alumnos.',
      'The report lists a parent education program among the district’s aims.',
      'The theme is the night: owls, bats and bedtime stories.',
      'Vous pourrez jouer avec vos enfants aux différents stands de la kermesse.',
      'Take time to read the attached handbook.',
      'Spend time with the new staff at the picnic.',
      'Staff learned how to support students with allergies.',
    ],
  },
  'parent-organization': {
    tag: [
      'If you would like to help plan the PTA budget, the next meeting is Tuesday.',
      'PTO members: our next meeting is on Monday at 6 pm.',
      'La próxima reunión de la AMPA será el jueves.',
      'The PTFA committee meets on the first Monday of every month.',
      'Our AGM will be held in the school hall on 12 October.',
      'The Friends of Oakwood committee welcomes new members.',
      'Nominations are open for two parent governor vacancies.',
      'Our P&C meeting is on Tuesday night in the library.',
      'The P.T.O. meeting starts at 6 pm in the cafeteria.',
      'Don’t miss our monthly business meeting on Thursday.',
      'Ya están abiertas las candidaturas para las elecciones al Consejo Escolar.',
      'Los padres delegados de cada clase se elegirán en la reunión de octubre.',
      'Participen en la asamblea anual de la cooperadora el viernes.',
      'La directiva del subcentro de apoderados convoca a reunión.',
      'Les élections des représentants des parents d’élèves auront lieu le vendredi 10 octobre.',
      'Votez pour élire vos représentants au conseil d’école.',
      'L’assemblée générale du Sou des écoles aura lieu mardi à 20 h.',
      'Le comité de parents tiendra ses élections en septembre.',
      'Rejoignez l’APE pour préparer la kermesse.',
    ],
    not: [
      'The Friends of the Earth club collects paper for recycling.',
      'Parent representatives attended the training on Monday.',
      'The city council holds a business meeting on Monday.',
      'The survey was developed by the Parent Advisory Council.',
      'Los alumnos eligen a sus delegados de clase.',
      'El Consejo Escolar aprobó el calendario.',
      'Les élèves éliront leurs délégués de classe.',
      'Le conseil d’école est reporté à une date ultérieure.',
      'The next meeting of the book club is Tuesday.',
      'Les parents ont rencontré la directrice.',
      'La próxima reunión del club de lectura será el jueves.',
    ],
  },
};

/**
 * Round 7 (set K and the earlier sets' misses, CONVENTIONS.md "Round 7"): phrasing families written
 * for the tests, with look-alikes that must stay untagged.
 */
const roundSeven: Record<string, SentenceTable> = {
  'asks-about-communication': {
    tag: [
      'Was communication from your child’s teacher clear and timely this year?',
      'Do you feel the school communicates well with families?',
      'Is communication from the front office easy to follow?',
      'How would you rate communication between home and school this year?',
      'Does the PTA communicate its plans clearly enough?',
      'Do you think our teachers communicate regularly with families?',
      'Please share your ideas for improving home-school communication at the coffee morning.',
      'Last spring, communication with teachers was rated good or very good by most families.',
      'Parents asked for earlier notice about early release days.',
      '¿Es la comunicación con la maestra de su hijo suficiente?',
      '¿Cómo valora la comunicación de la escuela con las familias?',
      '¿La dirección se comunica de manera clara con usted?',
      'Traigan sus sugerencias para mejorar la comunicación entre la escuela y las familias.',
      'La comunicación por correo electrónico fue valorada como buena por el 70% de las familias.',
      'Los padres piden más comunicación sobre las tareas.',
      'How satisfied are you with school communication?',
      '¿Cómo valoras la comunicación con el tutor?',
      '¿Está satisfecho con la comunicación del centro?',
      'Do you read the weekly newsletter?',
      '¿Lee usted el boletín semanal?',
      'Lisez-vous la lettre d’information ?',
      'Do you feel well informed about what is happening in school?',
      '¿Se siente bien informado de lo que pasa en el colegio?',
      'Vous sentez-vous bien informés de la vie de l’école ?',
      'Rate how well the school keeps you informed.',
      'Comment pourrions-nous améliorer la communication avec les familles ?',
      'Êtes-vous satisfait de la communication avec l’école ?',
      'Please share your thoughts about our newsletter.',
      'We would love your feedback on our communications.',
      'Nos gustaría conocer su opinión sobre el boletín.',
      'Donnez-nous votre avis sur la lettre d’information.',
      'Esta encuesta nos ayudará para mejorar la comunicación con las familias.',
      'Help us improve our communication with families.',
      '¿Cómo califica el trato que reciben las familias por parte de los directivos?',
      'Aidez-nous à améliorer la communication avec les familles.',
    ],
    not: [
      'Communication with families is a priority for our staff.',
      'Is the book fair open on Saturday?',
      'Do you think your child will enjoy the science fair?',
      'Our students communicate clearly when they present their projects.',
      'Parents asked for the gym to stay open later.',
      'Ideas for the spring carnival are welcome.',
      'La comunicación con las familias es importante para nosotros.',
      '¿Los alumnos se comunican bien en inglés?',
      'Los padres piden más horas de biblioteca.',
      'Are you satisfied with the lunch menu?',
      '¿Qué opinas del menú?',
      'Do you read with your child every night?',
      'Please read the newsletter.',
      'We want every child to feel informed and safe.',
      'Los alumnos se sienten bien en el colegio.',
      'Rate how well your child reads.',
      'Comment pourrions-nous améliorer la cour ?',
      'Students practise communication skills in class.',
      'Los alumnos mejoran su comunicación oral.',
      'The newsletter comes out on Friday.',
    ],
  },
  'points-to-other-channels': {
    tag: [
      'As mentioned in last week’s newsletter, picture day has moved to Thursday.',
      'The schedule is in the email that we sent out this morning.',
      'Como ya les informamos en el último comunicado, la excursión será el viernes.',
      'En la web del colegio hemos publicado el calendario de exámenes.',
      'Estad atentos al blog durante las vacaciones.',
      'Les horaires de la cantine sont sur le panneau d’affichage à l’entrée de l’école.',
      'Comme annoncé dans le dernier courriel, la sortie au musée aura lieu mardi.',
      'Letters home are sent out via ParentMail.',
      'You can see photos from the trip in your child’s Tapestry journal.',
      'Homework is set on Satchel One.',
      'Term dates are on the Compass app.',
      'Class news is shared on Sentral.',
      'Message me on Dojo if anything changes.',
      'Our page is facebook.com/lincolnpta.',
      'For more information, go to the enrolment page.',
      'Go to the transportation page for more details.',
      'A copy of this letter is available on the school website.',
      'The handbook can be downloaded from our website.',
      'We use an app where parents can see attendance and grades.',
      'Like our Facebook page to see photos from the day.',
      'Join our class Remind to get reminders.',
      'The class lists will be posted on the front door on Friday.',
      'Usamos Tokapp, una aplicación donde podrán consultar las notas.',
      'Las tareas se suben al Classroom.',
      'Síguenos en Instagram.',
      'Para más información, visite la página de admisiones.',
      'Visiten el portal de familias para más información.',
      'Los avisos del centro llegan por Dinantia.',
      'La plataforma donde podéis ver las calificaciones es nueva.',
      'Retrouvez toutes les photos sur le blog de l’école.',
      'Suivez-nous sur Instagram !',
      'Les menus sont disponibles sur l’ENT.',
      'Les devoirs sont notés sur École Directe.',
      'Le planning est affiché à l’entrée de l’école.',
      'Pour plus d’informations, consultez le site de la mairie.',
      'Nous utilisons une application où vous pourrez suivre la vie de la classe.',
      'Download the free district app to get alerts.',
      'Flyers for community events are posted as e-flyers.',
      'News and photos are shared in the school mobile app.',
      'Follow us @lincolnpta for reminders.',
      'Photos are on our fan page.',
      'Descarguen la aplicación del colegio para recibir avisos.',
      'Las fotos están en nuestro fanpage.',
      'Les absences se signalent sur le portail parents.',
      'Les photos sont dans l’espace parents.',
      'Las circulares se suben a la web del AMPA.',
      'Hemos subido las fotos de la excursión al blog.',
      'Les menus de la cantine sont consultables sur le site de la mairie.',
      'Please check the weekly bulletin for sign-up links.',
      'The school now has a new website and a Facebook site.',
      'Closings are shown on the digital sign in front of the school.',
      'Last month I wrote to you about the new bus routes.',
      'El mes pasado les escribí sobre el cambio de horario.',
      'Tal como les anunciamos en una circular anterior, el horario cambia.',
      'Comme indiqué dans mon précédent courrier, la cantine ferme.',
      'Je vous ai écrit la semaine dernière au sujet des travaux.',
      'Je dépose aujourd’hui dans votre boîte aux lettres le calendrier de l’année.',
      'Nous vous invitons à consulter la page suivante sur le site du ministère.',
      'In my previous email I explained the new schedule.',
    ],
    not: [
      'As mentioned, picture day has moved to Thursday.',
      'The email address of the nurse has changed.',
      'Como ya les dijimos, la excursión será el viernes.',
      'Los alumnos aprenden a buscar información en la web.',
      'Les enfants ont peint un grand tableau pour la fête.',
      'Visit the front office for more information.',
      'Go to the library for more information.',
      'For more information, see below.',
      'For more information, contact Mrs. Lopez.',
      'Our Firefly class went to the zoo.',
      'Students painted on canvas in art class.',
      'The students drew a compass rose.',
      'Payments can be made through ParentPay.',
      'Para más información, consulte con la tutora.',
      'Pasen por secretaría para recoger el formulario.',
      'Educamos a nuestros hijos en valores.',
      'Pour plus d’informations, adressez-vous au secrétariat.',
      'Les enfants ont affiché leurs dessins en classe.',
      'Download the worksheet and print it at home.',
      'Follow the signs to the gym.',
      'Descarguen la ficha y complétenla en casa.',
      'Los alumnos suben a la planta de arriba.',
      'Please check the bulletin board in the hall.',
      'Les escribimos para informarles del nuevo horario.',
      'The students wrote to their pen pals.',
      'Students designed a new sign for the garden.',
      'Dejen sus ideas en el buzón de sugerencias.',
    ],
  },
  'invites-follow-up': {
    tag: [
      'Je reste disponible par téléphone pour toute demande.',
      'Nous restons disponibles si vous avez besoin de nous.',
      'If you have any queries, we are here.',
      'For all enquiries, ring the school office.',
      'Please speak to your child’s class teacher.',
      'Contact the SENCo, Mrs Patel, with any worries.',
      'Do get in touch if we can help.',
      'Give us a call if anything changes.',
      'Pop into the office if you need a hand.',
      'Come and see me at pick-up time.',
      'Podéis poneros en contacto con nosotros por correo.',
      'No dudéis en escribirnos.',
      'Escríbenos a ampa@colegio.es.',
      'Puedes llamarnos al teléfono del centro.',
      'Podéis dirigiros a la secretaría del centro.',
      'Avisen al tutor si su hijo tiene algún problema.',
      'La directora está a su disposición para cualquier consulta.',
      'Rapprochez-vous de l’enseignant de votre enfant.',
      'N’hésitez pas à vous adresser à la directrice.',
      'Prenez contact avec le secrétariat.',
      'Pour tout renseignement, appelez l’école.',
      'Pensez à prévenir l’enseignant en cas de difficulté.',
      'La boîte aux lettres est à votre disposition pour recevoir vos courriers.',
      'You can always email me with ideas.',
      'L’APE tient une permanence téléphonique le mardi.',
      'Je suis joignable par mail tous les jours.',
      'Les enseignants restent à votre écoute.',
      'The office team are always happy to help.',
      'Si tenéis cualquier duda, preguntad a la tutora.',
      'N’hésitez pas à communiquer avec l’enseignante de votre enfant.',
      'Vous pouvez joindre le secrétariat par téléphone le matin.',
      'Your child’s form tutor is the first point of contact.',
      'Pedid información si así lo necesitáis.',
      'Soliciten información en la secretaría del centro.',
      'Les demandes de renseignements seront traitées par le secrétariat.',
      'Requests for information will be handled by the main office.',
      'También podéis usar el buzón para resolver dudas.',
      "Please reach out to your child's teacher with any questions.",
    ],
    not: [
      'La salle reste disponible pour les associations le samedi.',
      'The gym is available for families on Saturday.',
      'El gimnasio está disponible los sábados.',
      'Ring the bell at the front gate.',
      'We will be in touch soon.',
      'Come and see our school play on Friday.',
      'Los maestros se pondrán en contacto con ustedes.',
      'Deben ponerse en contacto con la asociación para colaborar.',
      'El formulario está a su disposición en secretaría.',
      'Le directeur a informé les élèves du changement.',
      'Le formulaire est à votre disposition au secrétariat.',
      'You can always bring a water bottle.',
      'Les élèves sont joyeux.',
      'Our volunteers are always happy to help at the fair.',
      'Pregunta a tu hijo qué ha aprendido hoy.',
      'Les élèves apprennent à communiquer avec leurs camarades.',
      'The first point of the lesson is fractions.',
      'Los alumnos piden información sobre el viaje.',
      'Students resolve doubts by reading.',
    ],
  },
  'reports-back-on-input': {
    tag: [
      'We will share the results with families at the March PTA meeting.',
      'En junio publicaremos los resultados y lo que vamos a cambiar.',
      'Following your feedback, we have changed the pick-up times.',
      'Taking on board your comments, the gate will open earlier.',
      'You said, we did: the car park now opens at 8:15.',
      'Thank you to everyone who completed our survey on school meals.',
      'Tras vuestras sugerencias, hemos cambiado el horario.',
      'Suite à vos retours, nous avons modifié les horaires.',
      'Grâce à vos réponses, la cantine proposera un menu végétarien.',
      'Merci à tous ceux qui ont répondu au questionnaire.',
    ],
    not: [
      'We will share the results of the state tests in the fall.',
      'Publicaremos los resultados académicos de los alumnos el viernes.',
      'El lunes publicaremos los resultados de los exámenes finales.',
      'Following the concert, families are invited for refreshments.',
      'Thank you to everyone who came to the fair.',
      'Tras las vacaciones, las clases empiezan el lunes.',
      'Après les vacances, les cours reprennent lundi.',
    ],
  },
};

const tables: Record<string, SentenceTable> = { ...roundOne };
for (const [ruleId, table] of [
  ...Object.entries(roundTwo),
  ...Object.entries(roundTwoSecondPass),
  ...Object.entries(roundTwoThirdPass),
  ...Object.entries(roundThree),
  ...Object.entries(roundThreeFamilies),
  ...Object.entries(roundThreeSpanish),
  ...Object.entries(roundFour),
  ...Object.entries(roundFive),
  ...Object.entries(roundFiveProbe),
  ...Object.entries(scopedExclusions),
  ...Object.entries(roundSix),
  ...Object.entries(roundSeven),
]) {
  const first = tables[ruleId];
  tables[ruleId] = first
    ? { tag: [...first.tag, ...table.tag], not: [...first.not, ...table.not] }
    : table;
}

describe.each(Object.entries(tables))('%s', (ruleId, { tag, not }) => {
  test.each(tag)('tags: %s', (sentence) => {
    expect(runTextRule(ruleId, sentence).hits.map((h) => h.quote)).toEqual([sentence]);
  });
  test.each(not)('does not tag: %s', (sentence) => {
    expect(runTextRule(ruleId, sentence).hits).toEqual([]);
  });
});

const tagRuleIds = textRuleData
  .filter((r) => (r as { kind?: string }).kind === 'tag')
  .map((r) => (r as { id: string }).id);

test.each(taggedByNoRule)('no tag rule tags: %s', (sentence) => {
  const tagged = tagRuleIds.filter((id) => runTextRule(id, sentence).hits.length > 0);
  expect(tagged).toEqual([]);
});

/**
 * Round 5: a breadcrumb or menu line names a page of the site, not a practice of the message, so
 * no indicator tag reads it; the same words in a sentence are read.
 */
describe('navigation lines are not evidence', () => {
  test.each([
    ['connects-to-resources', 'Families » Community Resources » Free Lunch'],
    ['invites-contributions', 'Events | Volunteer opportunities | Calendar'],
    ['learning-at-home', 'Familias › Consejos para leer en casa'],
  ])('%s does not tag the navigation line “%s”', (ruleId, line) => {
    const text = `${line}\n\nThe spring concert is on May 4 in the gym.`;
    expect(runTextRule(ruleId, text).hits).toEqual([]);
  });

  test.each([
    ['invites-contributions', 'We need volunteers for the book fair | Necesitamos voluntarios.'],
    ['parent-teacher-conversations', 'Parent-teacher conferences | November 12'],
    ['invites-contributions', 'We need volunteers. Sign up | Calendar'],
  ])('%s still reads a line that is not navigation: “%s”', (ruleId, line) => {
    expect(runTextRule(ruleId, line).hits.length).toBeGreaterThan(0);
  });
});
