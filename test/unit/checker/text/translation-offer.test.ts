import { describe, expect, test } from 'vitest';
import { findTranslationOffers } from '../../../../shared/checker/checks/text/translation-offer';
import { contextFor } from '../../../../shared/checker/engine/analysis';
import {
  analyseDocument,
  checkDocument,
  type DocumentModel,
  normalizeCheckOptions,
} from '../../../../shared/checker/index';
import { extractFromHtml, extractFromText } from '../../../../shared/checker/node';
import { textRule } from './run-rule';

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
});
