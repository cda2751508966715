import { franc } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { analyseLanguages } from '../../../../shared/checker/language/detect';
import { functionWordLanguage } from '../../../../shared/checker/language/function-words';
import { looksHaitianCreole } from '../../../../shared/checker/language/haitian-creole';
import {
  BILINGUAL_MIN_WORDS,
  checkDocument,
  DEFAULT_LANGUAGES,
  extractFromText,
  FRANC_CODES,
  languageOutsideListNote,
  MIN_LETTERS_TO_DETECT,
  modelFromBlocks,
  normalizeLanguages,
} from '../../../../shared/checker/node';

/** The same short school notice in each default district language (written for these tests). */
const NOTICES: Record<string, string> = {
  en: 'Dear families, the school library will be open on Saturday morning so that you can read with your children.',
  es: 'Estimadas familias, la biblioteca de la escuela estará abierta el sábado por la mañana para que puedan leer con sus hijos.',
  zh: '亲爱的家长们，学校图书馆将在星期六上午开放，欢迎您和孩子一起来阅读。',
  vi: 'Kính gửi quý phụ huynh, thư viện của trường sẽ mở cửa vào sáng thứ Bảy để các em đọc sách cùng gia đình.',
  ar: 'أولياء الأمور الأعزاء، ستفتح مكتبة المدرسة صباح يوم السبت لتتمكنوا من القراءة مع أطفالكم.',
  so: 'Waalidiinta qaaliga ah, maktabadda dugsiga ayaa furan doonta subaxa Sabtida si aad carruurtiinna ula akhrisaan buugaag.',
  tl: 'Mahal na mga magulang, bukas ang aklatan ng paaralan sa Sabado ng umaga para makapagbasa kayo kasama ang inyong mga anak.',
  ru: 'Уважаемые родители, школьная библиотека будет открыта в субботу утром, чтобы вы могли читать вместе с детьми.',
  ht: 'Chè paran yo, bibliyotèk lekòl la ap louvri samdi maten pou nou ka li liv ak pitit nou yo.',
  pt: 'Queridas famílias, a biblioteca da escola estará aberta no sábado de manhã para que vocês possam ler com os seus filhos.',
  fr: 'Chères familles, la bibliothèque de l’école sera ouverte samedi matin pour que vous puissiez lire avec vos enfants.',
  ko: '학부모님께, 학교 도서관이 토요일 오전에 문을 열어 자녀와 함께 책을 읽으실 수 있습니다.',
};

describe('block languages', () => {
  const languages = [...DEFAULT_LANGUAGES];

  it.each(Object.entries(NOTICES))('detects %s', (code, text) => {
    const model = modelFromBlocks([text]);
    const analysis = analyseLanguages(model.blocks, languages);
    expect(analysis.blockLanguage(model.blocks[0]!)).toBe(code);
    expect(analysis.primary).toBe(code);
  });

  it('restricts detection to the district languages', () => {
    const model = modelFromBlocks([NOTICES.pt!]);
    expect(analyseLanguages(model.blocks, ['en', 'es']).primary).toBe('es');
  });

  it('always reads English as English, listed or not', () => {
    const english = [
      'Field trip forms are due Friday. Please sign and return them to the office.',
      'The library will be closed on Monday for a staff training day.',
    ];
    const model = modelFromBlocks([...english, NOTICES.es!, NOTICES.vi!]);
    const analysis = analyseLanguages(model.blocks, ['es', 'vi']);
    expect(model.blocks.map((b) => analysis.blockLanguage(b))).toEqual(['en', 'en', 'es', 'vi']);
    // A district that lists one language still gets English told apart from it.
    expect(analyseLanguages(modelFromBlocks(english).blocks, ['es']).primary).toBe('en');
    expect(analyseLanguages(modelFromBlocks([NOTICES.es!]).blocks, ['es']).primary).toBe('es');
  });

  it('reports English outside the district list the way it reports any outside language', () => {
    const model = extractFromText(
      'Field trip forms are due Friday. Please sign and return them to the office.\n\nThe library will be closed on Monday for a staff training day.',
    );
    const report = checkDocument(model, { languages: ['es', 'vi'] });
    expect(report.languages.primary).toBe('en');
    expect(report.readingLevel.grade).not.toBeNull();
    expect(languageOutsideListNote(report, 'Add it with --languages if families read it.')).toBe(
      "Primary language: English (en), which is not in your district's list (es, vi). Add it with --languages if families read it.",
    );
  });

  it('leaves blocks too short to tell without a language', () => {
    const model = modelFromBlocks(['Hello!', NOTICES.en!]);
    const analysis = analyseLanguages(model.blocks, languages);
    expect(analysis.blockLanguage(model.blocks[0]!)).toBeNull();
    expect(analysis.detected).toEqual([{ language: 'en', share: 1, blocks: 1 }]);
  });

  it('judges an all-short text as a whole', () => {
    const model = modelFromBlocks(['Field day', 'Friday, May 3', 'Bring water and a hat']);
    expect(analyseLanguages(model.blocks, languages).primary).toBe('en');
  });

  // franc-min alone puts the first two in French and Spanish (English a close second): a close
  // runner-up with clearly more of its function words is taken in a short text.
  it.each([
    ['How do parents find out about school events?', 'en'],
    ['Do you feel informed about PTO activities?', 'en'],
    ['Where do you get information about the school?', 'en'],
    ['Comment les parents sont-ils informés des sorties ?', 'fr'],
    ['¿Cómo se entera usted de las actividades de la escuela?', 'es'],
    ['Los padres pueden llamar a la oficina.', 'es'],
    ['Parents are invited to the assembly.', 'en'],
  ])('a one-line question or notice: %s', (text, code) => {
    const model = modelFromBlocks([text]);
    const analysis = analyseLanguages(model.blocks, languages);
    expect(analysis.primary).toBe(code);
    expect(analysis.blockLanguage(model.blocks[0]!)).toBe(code);
  });

  // Written for this test: one-line notices, form questions and footers with few or no function
  // words. Before short texts were decided by their own signs (function words, accented letters),
  // franc-min put "How do you prefer to receive school news?" in Portuguese, "Picture day is next
  // Tuesday morning." in Tagalog, "Students need a signed permission slip." in French, "¿Prefiere
  // llamadas o mensajes de texto?" in Portuguese and "Sortie anticipée mercredi après-midi." in
  // Spanish. "La biblioteca cierra temprano hoy." (Portuguese), "La photo de classe aura lieu mardi
  // prochain." (Spanish) and "Pas de classe demain, jour férié." are now told by their words that
  // say when (see the table above). A single sign does not overrule franc: the Spanish lines below carry Portuguese "os" and
  // French "les".
  it.each([
    ['en', 'Never submit passwords through Google Forms.'],
    ['en', 'How do you prefer to receive school news?'],
    ['en', 'Picture day is next Tuesday morning.'],
    ['en', 'Report cards go home on Friday afternoon.'],
    ['en', 'Buses leave promptly at three fifteen.'],
    ['en', 'Bring a water bottle and comfortable shoes.'],
    ['en', 'Lunch menus change every month.'],
    ['en', 'Volunteers must complete a background check.'],
    ['en', 'Late arrivals must sign in at the front desk.'],
    ['en', 'Students need a signed permission slip.'],
    ['en', 'Parent conferences begin next Monday evening.'],
    ['en', 'Spirit week starts October second.'],
    ['en', 'Masks are optional inside classrooms.'],
    ['en', 'Free breakfast served daily before class.'],
    ['en', 'Thank you for supporting our book fair.'],
    ['en', 'Reminder: early dismissal on Wednesday.'],
    ['en', 'Basketball tryouts begin after winter break.'],
    ['en', 'Please label jackets, lunchboxes and backpacks.'],
    ['en', 'Library books are due back Thursday.'],
    ['en', 'Do you prefer phone calls or text messages?'],
    ['en', 'Kindergarten registration opens in March.'],
    ['en', 'Scholarship applications close April first.'],
    ['en', 'Donate gently used coats to families in need.'],
    ['en', 'Questions? Contact the main office.'],
    ['en', 'Sign up online or call the office.'],
    ['es', 'Nunca envíe contraseñas por formularios.'],
    ['es', 'El día de fotos es el próximo martes.'],
    ['es', 'Las boletas de calificaciones llegan el viernes.'],
    ['es', 'Traigan una botella de agua y zapatos cómodos.'],
    ['es', 'Los voluntarios deben completar una verificación.'],
    ['es', 'Recuerden firmar el permiso de la excursión.'],
    ['es', 'Desayuno gratis todos los días antes de clase.'],
    ['es', 'Gracias por apoyar nuestra feria del libro.'],
    ['es', 'Salida temprana el miércoles.'],
    ['es', 'Las inscripciones de kínder abren en marzo.'],
    ['es', '¿Prefiere llamadas o mensajes de texto?'],
    ['es', 'Por favor marquen las chaquetas y mochilas.'],
    ['es', '¿Preguntas? Llame a la oficina principal.'],
    ['es', 'Reunión de padres el jueves a las seis.'],
    ['es', 'Los autobuses salen puntualmente a las tres.'],
    ['es', 'Mañana no hay clases por el feriado.'],
    ['es', 'Inscríbase en línea o llame a la escuela.'],
    ['es', 'Las pruebas de baloncesto empiezan en enero.'],
    ['es', 'Necesitamos voluntarios para la cafetería.'],
    ['es', 'Os animamos a difundir la convocatoria entre vuestros conocidos.'],
    ['es', 'Les confirmaremos la fecha a través de la plataforma.'],
    ['fr', 'Ne jamais envoyer de mots de passe par formulaire.'],
    ['fr', 'Les bulletins seront distribués vendredi.'],
    ['fr', 'Apportez une gourde et des chaussures confortables.'],
    ['fr', 'Les bénévoles doivent remplir un formulaire.'],
    ['fr', 'Merci de signer l’autorisation de sortie.'],
    ['fr', 'Petit déjeuner gratuit chaque matin avant les cours.'],
    ['fr', 'Merci de soutenir notre foire aux livres.'],
    ['fr', 'Sortie anticipée mercredi après-midi.'],
    ['fr', 'Les inscriptions en maternelle ouvrent en mars.'],
    ['fr', 'Préférez-vous un appel ou un message texte ?'],
    ['fr', 'Veuillez marquer les manteaux et les cartables.'],
    ['fr', 'Des questions ? Appelez le secrétariat.'],
    ['fr', 'Réunion des parents jeudi à dix-huit heures.'],
    ['fr', 'Les cars partent à quinze heures précises.'],
    ['fr', 'Donnez vos manteaux usagés aux familles.'],
    ['fr', 'La bibliothèque ferme plus tôt aujourd’hui.'],
    ['fr', 'Inscrivez-vous en ligne ou appelez l’école.'],
    ['fr', 'Nous cherchons des bénévoles pour la cantine.'],
    ['fr', 'Les cours reprennent lundi matin.'],
  ])('keeps a short %s line in its language: %s', (code, text) => {
    const model = modelFromBlocks([text]);
    const analysis = analyseLanguages(model.blocks, languages);
    expect(analysis.primary).toBe(code);
    if (text.replace(/[^\p{L}]/gu, '').length >= MIN_LETTERS_TO_DETECT) {
      expect(analysis.blockLanguage(model.blocks[0]!)).toBe(code);
    }
  });

  // Written for this test: everyday one-line notices with few function words, where Spanish and
  // Portuguese look alike to franc-min ("La biblioteca cierra temprano hoy." read as Portuguese, "A
  // biblioteca fecha cedo hoje." as Spanish). They say when (today, Tuesday, at seven), and those
  // closed-class words are each language's own.
  it.each([
    ['es', 'La biblioteca cierra temprano hoy.'],
    ['es', 'El comedor cierra el viernes.'],
    ['es', 'La cafetería abre a las siete.'],
    ['es', 'Mañana hay reunión de padres.'],
    ['es', 'La piscina estará cerrada mañana.'],
    ['es', 'La secretaría cierra a mediodía.'],
    ['es', 'El gimnasio queda cerrado hoy.'],
    ['es', 'La excursión sale temprano.'],
    ['es', 'Hoy la clase termina tarde.'],
    ['es', 'La tienda escolar abre el lunes.'],
    ['es', 'El autobús llega tarde hoy.'],
    ['es', 'La enfermera atiende por la tarde.'],
    ['es', 'Recuerden traer la mochila.'],
    ['es', 'La escuela permanece cerrada.'],
    ['es', 'La junta escolar se reúne el martes.'],
    ['es', 'El patio permanece cerrado hoy.'],
    ['es', 'La entrada principal queda cerrada.'],
    ['es', 'La fiesta escolar empieza temprano.'],
    ['es', 'Las clases vuelven el lunes.'],
    ['pt', 'A biblioteca fecha cedo hoje.'],
    ['pt', 'O refeitório fecha na sexta-feira.'],
    ['pt', 'A cantina abre às sete.'],
    ['pt', 'Amanhã tem reunião de pais.'],
    ['pt', 'A piscina estará fechada amanhã.'],
    ['pt', 'A secretaria fecha ao meio-dia.'],
    ['pt', 'O ginásio fica fechado hoje.'],
    ['pt', 'A excursão sai cedo.'],
    ['pt', 'Hoje a aula termina tarde.'],
    ['pt', 'A loja da escola abre na segunda.'],
    ['pt', 'O ônibus chega atrasado hoje.'],
    ['pt', 'Lembrem de trazer a mochila.'],
    ['pt', 'O conselho escolar se reúne na terça.'],
    ['pt', 'O pátio continua fechado hoje.'],
    ['pt', 'A festa da escola começa cedo.'],
    ['pt', 'As aulas voltam na segunda-feira.'],
    ['pt', 'O passeio sai às oito horas.'],
    ['fr', 'Pas de classe demain, jour férié.'],
    ['fr', 'La cantine ferme tôt aujourd’hui.'],
    ['fr', 'La photo de classe aura lieu mardi prochain.'],
    ['fr', 'La piscine reste fermée demain.'],
    ['fr', 'Le gymnase ferme à midi.'],
    ['en', 'Gym closed today.'],
    ['en', 'The gym closes early today.'],
    ['en', 'Library closed tomorrow morning.'],
    ['en', 'Cafeteria opens at seven.'],
    ['en', 'Pool closed until Monday.'],
    // Read as Spanish and as Vietnamese before English had words for when of its own.
    ['en', 'School closes early today.'],
    ['en', 'Report cards go home Thursday.'],
    ['en', 'Early dismissal tomorrow at noon.'],
    ['en', 'No school on Friday.'],
    ['en', 'Book fair starts Wednesday.'],
    ['en', 'Class photos are in October.'],
    ['en', 'Buses leave at eight.'],
    ['es', 'Ten en cuenta el horario del viernes.'],
    ['fr', 'Le four de la cantine est réparé.'],
  ])('tells a short %s notice by the words that say when: %s', (code, text) => {
    const analysis = analyseLanguages(modelFromBlocks([text]).blocks, languages);
    expect(analysis.primary).toBe(code);
  });

  it.each([
    ['de', 'Bitte bringen Sie das Formular bis Freitag zurück, danke schön.'],
    [
      'de',
      'Der Elternabend für die Klassen 3 und 4 findet am Dienstag um 19 Uhr in der Aula statt.',
    ],
    ['nl', 'Vergeet niet het formulier voor de schoolreis uiterlijk woensdag in te leveren.'],
    ['sv', 'Föräldramötet för årskurs 3 hålls på torsdag klockan 18 i skolans matsal.'],
    ['pl', 'Prosimy o zwrot podpisanej zgody na wycieczkę do piątku.'],
    ['tr', "Okul servisi yarın sabah saat 7.30'da kapının önünden kalkacaktır."],
  ])('does not force a short %s line (40 letters or more) to English: %s', (code, text) => {
    const model = modelFromBlocks([text]);
    for (const list of [languages, ['es', 'vi']]) {
      const analysis = analyseLanguages(model.blocks, list);
      expect(analysis.primary, list.join(',')).toBe(code);
    }
  });

  it('agrees with franc wherever the function-word shortcut answers', () => {
    const configured = new Set(languages);
    const only = languages.map((l) => FRANC_CODES[l]!.iso3).filter((c) => c !== 'hat');
    for (const [code, text] of Object.entries(NOTICES)) {
      const fast = functionWordLanguage(text, configured);
      if (fast === undefined || code === 'ht') continue;
      const byFranc = franc(text, { only });
      expect(FRANC_CODES[fast]?.iso3, code).toBe(byFranc);
    }
  });
});

describe('Haitian Creole', () => {
  it.each([
    [NOTICES.ht!, true],
    ['Paran yo, tanpri voye fòm nan tounen lekòl la anvan vandredi.', true],
    [NOTICES.fr!, false],
    ['Nou pa konnen.', false],
    [NOTICES.es!, false],
  ])('%s -> %s', (text, expected) => {
    expect(looksHaitianCreole(text)).toBe(expected);
  });
});

describe('primary language and bilingual messages', () => {
  const english =
    'Our school picnic is on Saturday at the park near the library. Families can bring a blanket, a lunch, and a game to share with friends and neighbors. We will start at noon.';
  const spanish =
    'Nuestro picnic escolar es el sábado en el parque cerca de la biblioteca. Las familias pueden traer una manta, un almuerzo y un juego para compartir con amigos y vecinos. Empezaremos al mediodía.';

  it('recognises a message written in two languages', () => {
    const report = checkDocument(extractFromText(`${english}\n\n${spanish}`));
    expect(report.languages.bilingual).toBe(true);
    expect(report.languages.detected.map((d) => [d.language, d.blocks]).sort()).toEqual([
      ['en', 1],
      ['es', 1],
    ]);
  });

  it('does not call a one-line offer in another language bilingual', () => {
    const report = checkDocument(
      extractFromText(
        `${english}\n\n${english}\n\n${english}\n\nPara información en español, llame a la oficina.`,
      ),
    );
    expect(report.languages.primary).toBe('en');
    expect(report.languages.bilingual).toBe(false);
  });

  it('counts a message and its translation run together in one paragraph language by language', () => {
    const report = checkDocument(
      extractFromText(
        `${english} Please bring a hat and sunscreen, because there is little shade at the park. ${spanish} Traigan un sombrero y protector solar, porque hay poca sombra en el parque.`,
      ),
    );
    expect(report.languages.bilingual).toBe(true);
    const shares = Object.fromEntries(report.languages.detected.map((d) => [d.language, d]));
    expect(shares.en?.share).toBeGreaterThanOrEqual(0.4);
    expect(shares.es?.share).toBeGreaterThanOrEqual(0.4);
    // One block, read in both languages.
    expect(shares.en?.blocks).toBe(1);
    expect(shares.es?.blocks).toBe(1);
  });

  it('reads the larger part of a run-together paragraph as the primary language', () => {
    const more = `${spanish} Habrá música y juegos para todos los niños de la escuela.`;
    const mostlyEnglish = checkDocument(extractFromText(`${english} ${english} ${more}`));
    expect(mostlyEnglish.languages.primary).toBe('en');
    expect(mostlyEnglish.languages.bilingual).toBe(true);
    const mostlySpanish = checkDocument(extractFromText(`${english} ${more} ${more}`));
    expect(mostlySpanish.languages.primary).toBe('es');
  });

  it('keeps a long paragraph with a phrase in another language in one language', () => {
    const report = checkDocument(
      extractFromText(
        `${english} Say “¡Bienvenidos!” to the new families. ${english} A Spanish-speaking volunteer will be at the gate.`,
      ),
    );
    expect(report.languages.detected).toEqual([{ language: 'en', share: 1, blocks: 1 }]);
    expect(report.languages.bilingual).toBe(false);
  });

  it('counts only the district languages in a run-together paragraph', () => {
    const report = checkDocument(extractFromText(`${english} ${spanish}`), {
      languages: ['en', 'fr'],
    });
    expect(report.languages.detected.map((d) => d.language)).toEqual(['en']);
  });

  it(`needs ${BILINGUAL_MIN_WORDS} words in the second language`, () => {
    const short = 'Estimadas familias, el picnic es el sábado en el parque cerca de la biblioteca.';
    expect(checkDocument(extractFromText(`${english}\n\n${short}`)).languages.bilingual).toBe(
      false,
    );
  });
});

describe('text with no real words', () => {
  const english =
    'Our school picnic is on Saturday at the park near the library. Families can bring a blanket, a lunch, and a game to share with friends and neighbors. We will start at noon.';
  const spanish =
    'Nuestro picnic escolar es el sábado en el parque cerca de la biblioteca. Las familias pueden traer una manta, un almuerzo y un juego para compartir con amigos y vecinos. Empezaremos al mediodía.';
  /** An image pasted into an e-mail: a PNG's signature and header, then 3,000 bytes of noise. */
  const pastedImage = (() => {
    const bytes = [
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ];
    let seed = 7;
    for (let i = 0; i < 3000; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      bytes.push(seed >> 23);
    }
    return Buffer.from(bytes).toString('base64');
  })();
  const wrapped = pastedImage.match(/.{1,76}/g)!.join('\n');

  it.each([
    ['in one run', pastedImage],
    ['wrapped at 76 characters', wrapped],
  ])('gives a base64 paragraph %s no language and leaves it out of the shares', (_, blob) => {
    expect(blob.startsWith('iVBORw0KGgo')).toBe(true);
    const model = modelFromBlocks([english, blob, spanish]);
    const analysis = analyseLanguages(model.blocks, [...DEFAULT_LANGUAGES]);
    expect(model.blocks.map((b) => analysis.blockLanguage(b))).toEqual(['en', null, 'es']);
    expect(analysis.detected).toEqual([
      { language: 'en', share: 0.5, blocks: 1 },
      { language: 'es', share: 0.5, blocks: 1 },
    ]);
    expect(analysis.bilingual).toBe(true);
  });

  it('claims no language for a message that is only a pasted image', () => {
    for (const blob of [pastedImage, wrapped]) {
      const report = checkDocument(extractFromText(blob));
      expect(report.languages.primary).toBeNull();
      expect(report.languages.detected).toEqual([]);
      expect(report.languages.bilingual).toBe(false);
    }
  });

  it('still reads a paragraph that quotes a link among its words', () => {
    const model = modelFromBlocks([
      `${english} The map is at https://example.org/district/maps/picnic-2026-route-and-parking.pdf today.`,
    ]);
    expect(analyseLanguages(model.blocks, [...DEFAULT_LANGUAGES]).primary).toBe('en');
  });
});

describe('language options', () => {
  it('accepts ISO 639-1 codes in any case and removes duplicates', () => {
    expect(normalizeLanguages([' EN', 'es', 'es', 'ht'])).toEqual(['en', 'es', 'ht']);
  });

  it('names the codes it cannot detect', () => {
    expect(() => normalizeLanguages(['en', 'xx', 'km'])).toThrow(
      /Unknown or undetectable language codes "xx", "km"/,
    );
    expect(() => normalizeLanguages([])).toThrow(/at least one language/);
  });
});

describe('a line with a long link or address', () => {
  const primaryOf = (text: string, languages = ['en', 'es', 'fr']) =>
    checkDocument(extractFromText(text), { languages }).languages.primary;
  const form =
    'https://docs.google.com/forms/d/e/1FAIpQLSfD3kXyZ8aBcDeFgHiJkLmNoPqRsTuVwXyZ/viewform?usp=sf_link';
  const zoom = 'https://us02web.zoom.us/j/85123456789?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789';
  const email = 'maria.lopez-hernandez@lincolnelementary.org';

  // The reviewer's cases (qa3): the long run made the whole line count as having no real words.
  it.each([
    [`Please fill in the volunteer form by Friday: ${form}`, 'en'],
    [`Por favor llene el formulario antes del viernes: ${form}`, 'es'],
    [`Rejoignez la réunion Zoom ce soir : ${zoom}`, 'fr'],
    [`Questions? Email ${email}`, 'en'],
    // More lines with a long link, a long e-mail address, a Zoom link.
    [`Join the parent meeting on Zoom tonight: ${zoom}`, 'en'],
    [`Únase a la reunión de padres por Zoom esta noche: ${zoom}`, 'es'],
    [`Remplissez le formulaire des bénévoles avant vendredi : ${form}`, 'fr'],
    [`Preguntas: escriba a ${email}`, 'es'],
    [`Pour toute question, écrivez à ${email}`, 'fr'],
    [`RSVP to jennifer.washington@springfieldpublicschools.org by Friday`, 'en'],
    [`Sign up for a conference time here: ${form}`, 'en'],
  ])('keeps its language: %s', (text, want) => {
    expect(primaryOf(text)).toBe(want);
  });

  it('keeps a Spanish offer line with a long link in the detected languages', () => {
    const english =
      'Dear families, the school library will be open on Saturday morning so that you can read with your children. Please bring your library card and a bag for your books.';
    const offer = `Para leer este mensaje en español, visite ${form} o llame a la oficina de la escuela.`;
    const report = checkDocument(extractFromText(`${english}\n\n${offer}`), {
      languages: ['en', 'es'],
    });
    expect(report.languages.primary).toBe('en');
    expect(report.languages.detected.map((d) => d.language)).toEqual(['en', 'es']);
  });
});

describe('English date lines with words another language also writes', () => {
  const primaryOf = (text: string, languages = ['en', 'es', 'fr']) =>
    checkDocument(extractFromText(text), { languages }).languages.primary;

  // "Sept" is French seven and the English abbreviation of September; "Mars", "Mai", "NA"...
  it.each([
    'Picture day is Sept 12.',
    'Conference sign-ups close Sept 30',
    'Picture day is Tuesday, Sept 12',
    'Back to school night Sept 14 at 6 pm',
    'Open house is Sept. 5 at 6 pm',
    'Fall festival Sept 21, 10 am to 2 pm',
    'No school Mon Sept 2 for Labor Day',
    'Book fair runs Sept 23 to Sept 27',
    'Early release Wed Sept 18',
    'Fundraiser forms due Sept 20',
    'PTA meeting Tues Sept 10 at 7 pm',
    'Field trip to the Mars exhibit tomorrow',
    'Congratulations to Mai Tran!',
    'Grades posted NA for now',
  ])('stays English: %s', (text) => {
    expect(primaryOf(text)).toBe('en');
    expect(primaryOf(text, ['en', 'es', 'fr', 'pt'])).toBe('en');
  });

  it.each([
    ['Photo de classe le 12 sept.', 'fr'],
    ['Réunion des parents mardi 12 mars.', 'fr'],
    ['Entrega de boletins na sexta.', 'pt'],
    ['Las clases terminan a las tres.', 'es'],
  ])('leaves the other language its own word: %s', (text, want) => {
    expect(primaryOf(text, ['en', 'es', 'fr', 'pt'])).toBe(want);
  });
});
