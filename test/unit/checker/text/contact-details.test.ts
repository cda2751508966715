import { describe, expect, test } from 'vitest';
import { findContactDetails } from '../../../../shared/checker/checks/text/contact-details';
import { contextFor } from '../../../../shared/checker/engine/analysis';
import {
  analyseDocument,
  type DocumentModel,
  normalizeCheckOptions,
} from '../../../../shared/checker/index';
import { extractFromHtml, extractFromText } from '../../../../shared/checker/node';
import { runTextRule, textRule } from './run-rule';

function contactDetailsIn(model: DocumentModel) {
  const analysis = analyseDocument(model, normalizeCheckOptions({}));
  return findContactDetails(contextFor(analysis, textRule('gives-contact-details'))).hits;
}

describe('contact details (hasContact) and the 2.1.5 tag they give', () => {
  // Conventions of the real sets (CONVENTIONS.md): fax numbers, an e-mail hidden by the host, a
  // seven-digit local number and a text line's short code are contact details; updating your own
  // contact information is not.
  test.each([
    'Fax the form to 555-123-4567.',
    'For help, call the school at 687-2922 ext. 140.',
    'Escriba a [email protected] con sus preguntas.',
    'Text HELLO to 741741 to reach a counselor.',
    'Envíe la ficha por fax al 91 555 36 63.',
    // Round 5: a seven-digit number after "at" followed by more of the sentence.
    'You can reach the nurse at 555-0142 during the school day.',
  ])('contact details: %s', (text) => {
    expect(contactDetailsIn(extractFromText(text)).length).toBeGreaterThan(0);
  });

  test.each([
    'Please update your contact information in the parent portal.',
    'Actualice sus datos de contacto en la plataforma antes del viernes.',
    'The concert lasts from 6:30 to 7:45 and costs $5.',
    // Round 5: a time followed by a place is not a street address.
    'The walk starts at 9:00 on Main Street, with snacks after.',
    // Labellers disagree on "call the school" without a number (CONVENTIONS.md, round 5): the
    // real sets D, E and H do not count it, so it stays out.
    'If the bus is late, please call your child’s school.',
  ])('no contact details: %s', (text) => {
    expect(contactDetailsIn(extractFromText(text))).toEqual([]);
  });
  test('mailto: and tel: links in the message count, quoted by their text', () => {
    const { model } = extractFromHtml(
      '<html lang="en"><body><main><h1>Field trip</h1><p>The zoo trip is on May 9. Questions? <a href="mailto:ms.lee@oak.example.org">Email Ms. Lee</a> or <a href="tel:+15035550148">call the office</a>.</p></main></body></html>',
    );
    expect(contactDetailsIn(model).map((h) => h.quote)).toEqual(
      expect.arrayContaining(['Email Ms. Lee', 'call the office']),
    );
  });

  test('addresses in a footer beside its copyright line are contact details but not follow-up', () => {
    // "Contact" would make the address follow-up anywhere else (followUpPurpose).
    const text =
      'Contact Maple Grove Schools info@maplegrove.example.org © 2026 Maple Grove Schools';
    expect(contactDetailsIn(extractFromText(text))).toHaveLength(1);
    expect(runTextRule('gives-contact-details', text).hits).toEqual([]);
    const es =
      'Contacto: Colegio Los Robles secretaria@losrobles.example.cl Todos los derechos reservados';
    expect(runTextRule('gives-contact-details', es).hits).toEqual([]);
  });

  test('an outside organisation’s number is a contact detail but not the school’s follow-up', () => {
    const text =
      'The regional food bank delivers boxes to families on Saturdays; call the food bank at 541-555-0102 to sign up.';
    expect(contactDetailsIn(extractFromText(text))).toHaveLength(1);
    expect(runTextRule('gives-contact-details', text).hits).toEqual([]);
  });

  test('an address on lines of its own belongs to the organisation named above it', () => {
    const text = [
      'You may file a complaint with:',
      'State Department of Education, Office for Civil Rights',
      '100 Capitol Way, Suite 200',
      'Springfield, IL 62701',
    ].join('\n');
    expect(contactDetailsIn(extractFromText(text)).length).toBeGreaterThan(0);
    expect(runTextRule('gives-contact-details', text).hits).toEqual([]);
  });

  test('an address for returning a form is a contact detail but not a follow-up tag', () => {
    const text =
      'Fill in one application for all your children and return it to P.O. Box 6012, Evanston, WY 82931.';
    expect(contactDetailsIn(extractFromText(text))).toHaveLength(1);
    expect(runTextRule('gives-contact-details', text).hits).toEqual([]);
  });

  test.each([
    'If your child is absent, please call the office at 541-555-0178 before 9 am.',
    'Para avisar de una ausencia, llame a secretaría al 914 801 607.',
    "Pour signaler une absence, appelez l'école au 01 45 67 89 10.",
  ])('a number to report an absence is a contact detail but not a follow-up tag: %s', (text) => {
    expect(contactDetailsIn(extractFromText(text)).length).toBeGreaterThan(0);
    expect(runTextRule('gives-contact-details', text).hits).toEqual([]);
  });

  test('a dial-in number for a video meeting is not a contact detail', () => {
    const text =
      'The budget forum is on Zoom at 6 pm. To join by phone, dial 646-555-0123 and enter meeting ID 845 221 9987.';
    expect(contactDetailsIn(extractFromText(text))).toEqual([]);
  });

  test('"contact me" without a way to do so is not a contact detail', () => {
    expect(
      contactDetailsIn(
        extractFromText('If you have any questions, please do not hesitate to contact me.'),
      ),
    ).toEqual([]);
  });
});

describe('requireInSentence', () => {
  test('a context-bound word is evidence only with its context in the same sentence', () => {
    const text =
      'What a year it has been with the pandemic. Because of the pandemic, the school will stay closed until Monday.';
    expect(runTextRule('pandemic-response', text).hits.map((h) => h.quote)).toEqual([
      'Because of the pandemic, the school will stay closed until Monday.',
    ]);
  });
});
