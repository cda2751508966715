import { describe, expect, test } from 'vitest';
import { runTextRule } from './run-rule';

const longSentences = (text: string) => runTextRule('long-sentence', text).hits;

describe('long-sentence: a web or e-mail address is one word, as in the reading level', () => {
  test.each([
    'https://www.canva.com/design/DAGy41UfOac/dtkshC9qclWt5yRJvB5OXQ/watch?utm_content=DAGy41UfOac&utm_campaign=designshare&utm_medium=link2&utm_source=uniquelinks',
    'Have your child create a recipe using this form (https://docs.google.com/forms/d/e/1FAIpQLSf6m-4n_2ZNlP5deZro24-Nib_N-BR3Ncaj7wra_HCx652iCg/viewform).',
    'Sign up at tinyurl.com/oak-room-parent-sign-up-form-for-the-new-school-year-2025-and-2026-all-grades today.',
    'Questions? Write to first.name.last.name.of.the.parent.teacher.association.coordinator@oak-elementary.example.org now.',
  ])('not long: %s', (text) => {
    expect(longSentences(text)).toEqual([]);
  });

  test.each([
    [
      'Please read the attached letter from the principal about the new arrival procedures, which start on Monday, and then sign the form at https://oak.example.org/form and return it to your child’s teacher by Friday.',
      33,
    ],
    [
      'We are so grateful to every family who came to the book fair, bought a book for the classroom library, helped at the tables or simply stopped by to say hello to the students and staff.',
      36,
    ],
  ])('long: %s', (text, words) => {
    const [hit] = longSentences(text);
    expect(hit?.message).toContain(`This sentence has ${words} words.`);
  });
});
