import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findTranslatedVersion } from '../../../../shared/checker/checks/text/translated-version';
import { translationMissing } from '../../../../shared/checker/checks/text/translation-missing';
import { findTranslationOffers } from '../../../../shared/checker/checks/text/translation-offer';
import { contextFor } from '../../../../shared/checker/engine/analysis';
import {
  analyseDocument,
  checkDocument,
  type DocumentModel,
  normalizeCheckOptions,
} from '../../../../shared/checker/index';
import { extractFromHtml, extractFromText } from '../../../../shared/checker/node';
import { fixturesDir } from './fixtures';
import { runTextRule, textRule } from './run-rule';

const ENGLISH =
  '<p>Dear families, report cards go home on Friday. Please sign the envelope and send it back on Monday so we know it arrived safely.</p>';

function offers(model: DocumentModel) {
  const analysis = analyseDocument(model, normalizeCheckOptions({}));
  return findTranslationOffers(contextFor(analysis, textRule('offers-translation')));
}

const html = (body: string, head = '') =>
  extractFromHtml(`<html lang="en"><head>${head}</head><body>${body}</body></html>`).model;

describe('findTranslationOffers', () => {
  test('links named in a language’s own script, with the languages they offer', () => {
    const model = html(
      `${ENGLISH}<nav><a href="/es">Español</a> | <a href="/vi">Tiếng Việt</a> | <a href="/ar">العربية</a> | <a href="/so">Soomaali</a></nav>`,
    );
    const result = offers(model);
    expect(result.languages).toEqual(['ar', 'es', 'so', 'vi']);
    expect(result.hits.map((h) => h.quote)).toEqual(
      expect.arrayContaining(['Español', 'Tiếng Việt', 'العربية', 'Soomaali']),
    );
  });

  test('names written with combining vowel signs (Hindi, Bengali, Khmer)', () => {
    const model = html(
      `${ENGLISH}<nav><a href="/hi">हिन्दी</a> | <a href="/bn">বাংলা</a> | <a href="/km">ខ្មែរ</a></nav>`,
    );
    expect(offers(model).languages).toEqual(['bn', 'hi', 'km']);
  });

  test('a link marked with hreflang in another language', () => {
    const model = html(`${ENGLISH}<p><a href="/ht" hreflang="ht">Read this letter</a></p>`);
    expect(offers(model).languages).toEqual(['ht']);
  });

  test('a translate widget counts as an offer', () => {
    const model = html(`${ENGLISH}<div id="google_translate_element"></div>`);
    const result = offers(model);
    expect(result.hits).toHaveLength(1);
    expect(result.hits[0]?.message).toMatch(/Google Translate/);
  });

  test('an interpreter offer and the languages named with it', () => {
    const model = extractFromText(
      'Conferences are on March 5 and 6. Interpreters are available in Spanish and Somali; tell your child’s teacher when you book.',
    );
    expect(offers(model).languages).toEqual(['es', 'so']);
  });

  test('a link to the language the message is already in is not an offer', () => {
    const model = html(`${ENGLISH}<p><a href="/en">English</a></p>`);
    expect(offers(model).hits).toEqual([]);
  });

  test('a survey item about translation is not an offer', () => {
    const model = extractFromText(
      [
        'Family survey. Please select one response to each statement.',
        'Our school translates communications and provides interpreters as needed.',
        'Our school welcomes all families.',
        'Our school keeps me informed.',
      ].join('\n\n'),
    );
    expect(offers(model).hits).toEqual([]);
  });

  test('the report says a translation is offered, and the 2.1.2 tag carries the evidence', () => {
    const model = html(`${ENGLISH}<p>¿Necesita ayuda? <a href="/es">Español</a></p>`);
    const report = checkDocument(model);
    expect(report.translation.offered).toBe(true);
    expect(report.translation.languages).toContain('es');
    expect(report.tags.some((t) => t.indicatorId === '2.1.2' && t.quote === 'Español')).toBe(true);
    expect(report.findings.some((f) => f.ruleId === 'translation-missing')).toBe(false);
  });

  test('no offer at all gives one translation finding', () => {
    const report = checkDocument(html(ENGLISH.repeat(3)));
    expect(report.translation.offered).toBe(false);
    const missing = report.findings.filter((f) => f.ruleId === 'translation-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]?.category).toBe('translation');
  });

  describe('the offer line translation-missing suggests', () => {
    const missingMessage = (text: string, languages?: string[]) => {
      const report = checkDocument(extractFromText(text), languages ? { languages } : {});
      const missing = report.findings.filter((f) => f.ruleId === 'translation-missing');
      expect(missing).toHaveLength(1);
      return { primary: report.languages.primary, message: missing[0]!.message };
    };
    const spanishNotice =
      'Estimadas familias, les recordamos que la excursión al museo de ciencias será el próximo viernes. Los estudiantes deben traer almuerzo, una botella de agua y el permiso firmado por sus padres. El autobús sale de la escuela a las ocho de la mañana.';
    const englishNotice =
      'Dear families, this is a reminder that the science museum field trip is next Friday. Students should bring a lunch, a water bottle and the permission form signed by a parent. The bus leaves the school at eight in the morning.';

    test('on a Spanish notice, offers English in English, not help in Spanish', () => {
      const { primary, message } = missingMessage(spanishNotice);
      expect(primary).toBe('es');
      expect(message).toContain('(e.g. “Need help in English? Call …”)');
      expect(message).not.toContain('español');
    });

    test('the Standard 2 suggestion for 2.1.2 shows the same offer line as the finding', () => {
      const suggestionFor = (text: string) =>
        checkDocument(extractFromText(text)).suggestions.find((s) => s.indicatorId === '2.1.2')
          ?.suggestion;
      expect(suggestionFor(spanishNotice)).toContain('(e.g. “Need help in English? Call …”)');
      expect(suggestionFor(spanishNotice)).not.toContain('español');
      expect(suggestionFor(englishNotice)).toContain(
        '(e.g. “¿Necesita ayuda en español? Llame al …”)',
      );
    });

    test('on a Spanish notice in a district without English, offers its other language in its own words', () => {
      const { message } = missingMessage(spanishNotice, ['es', 'vi']);
      expect(message).toContain('“Cần giúp đỡ bằng tiếng Việt? Xin gọi số …”');
    });

    test('on an English notice, keeps the Spanish offer', () => {
      const { primary, message } = missingMessage(englishNotice);
      expect(primary).toBe('en');
      expect(message).toBe(
        'No translation or interpreter is offered. Add a line, in the languages your families read, saying how to get this message translated or an interpreter (e.g. “¿Necesita ayuda en español? Llame al …”).',
      );
    });

    test('a rule whose message asks for an offer line but has none names the rule', () => {
      const rule = textRule('translation-missing');
      const broken = { ...rule, options: { ...rule.options, helpOffers: {} } };
      const analysis = analyseDocument(extractFromText(englishNotice), normalizeCheckOptions({}));
      expect(() => translationMissing(contextFor(analysis, broken))).toThrow(
        /Rule "translation-missing": its message has \{helpOffer\}, so options.helpOffers must map/,
      );
    });
  });

  test('a list of lines that name a language and then speak it, as pasted from a district page', () => {
    const model = extractFromText(
      [
        'Enrollment Packet',
        'This packet is available in other formats. Choose your language:',
        '- Spanish: Haga clic aquí para leer el paquete en español.',
        '- Vietnamese: Bấm vào đây để đọc bằng tiếng Việt.',
        '- Arabic: اضغط هنا لقراءة الملف باللغة العربية.',
        'Please return the packet to the front office by August 15 so we can place your child in a class.',
      ].join('\n'),
    );
    expect(offers(model).languages).toEqual(expect.arrayContaining(['ar', 'es', 'vi']));
  });

  test('one line naming a language is not a list of translations', () => {
    const model = extractFromText(
      'Course sign-up is open until Friday. Spanish: Señora Ruiz teaches it in room 12. Art and music meet on Tuesdays.',
    );
    expect(offers(model).hits).toEqual([]);
  });

  test('interpretation offered in the message’s own language, for a meeting held in another', () => {
    const model = extractFromText(
      'Los invitamos a la reunión del superintendente por Zoom el miércoles a las seis de la tarde. La reunión será en inglés. Habrá traducción en español durante toda la reunión.',
    );
    expect(offers(model).hits.map((h) => h.quote)).toEqual([
      'Habrá traducción en español durante toda la reunión.',
    ]);
  });

  test('a bare "en español" in a Spanish message is not an offer', () => {
    const model = extractFromText(
      'Estimadas familias: el boletín de este mes está en español y trae las fechas de las vacaciones de invierno.',
    );
    expect(offers(model).hits).toEqual([]);
  });

  test('a message pasted as one paragraph in English and then Spanish carries its own translation', () => {
    const text =
      'Thank you to everyone who came to the science fair last week. The students worked very hard on their projects and we are proud of them. The next family event will be the spring concert on April 4 in the gym. Gracias a todos los que vinieron a la feria de ciencias la semana pasada. Los estudiantes trabajaron mucho en sus proyectos y estamos muy orgullosos de ellos. El próximo evento para las familias será el concierto de primavera el 4 de abril en el gimnasio.';
    const model = extractFromText(text);
    expect(model.blocks).toHaveLength(1);
    const report = checkDocument(model);
    // One block holds both languages; whichever detection takes for the block, the other is found
    // sentence by sentence.
    const other = report.languages.primary === 'es' ? 'en' : 'es';
    expect(report.translation.offered).toBe(true);
    expect(report.translation.languages).toContain(other);
    const quotes = runTextRule('translated-version', text).hits.map((h) => h.quote);
    expect(quotes).toEqual([
      other === 'es'
        ? 'Gracias a todos los que vinieron a la feria de ciencias la semana pasada.'
        : 'Thank you to everyone who came to the science fair last week.',
    ]);
  });

  test('a Galician notice that detection splits between Portuguese and Spanish is not a translation', () => {
    // Our own Galician text: without ã or õ, its "Portuguese" part is not Portuguese.
    const text = readFileSync(join(fixturesDir, 'texts/galician-notice.txt'), 'utf8');
    const model = extractFromText(text);
    const analysis = analyseDocument(model, normalizeCheckOptions({}));
    const versions = findTranslatedVersion(contextFor(analysis, textRule('translated-version')));
    expect(versions.hits).toEqual([]);
  });
});
