import { describe, expect, test } from 'vitest';
import { checkDocument, extractFromHtml } from '../../../../shared/checker/node';

/** The messages of one rule's findings on a page, in document order. */
function messages(html: string, ruleId: string): string[] {
  const report = checkDocument(extractFromHtml(html).model);
  return report.findings
    .filter((f) => f.ruleId === ruleId)
    .sort((a, b) => (a.position?.ref ?? 0) - (b.position?.ref ?? 0))
    .map((f) => f.message);
}

/** A sign-up form as a school's web page builds it by hand: questions in paragraphs, no <label>s. */
const SIGN_UP = `<!doctype html><html lang="en"><head><title>Conference sign-up</title></head><body>
<h1>Parent-teacher conference sign-up</h1>
<p>Please fill in this form by Friday. Questions? Call the office at 555-201-4433.</p>
<form action="/signup" method="post">
  <p>Your child's name *</p>
  <input type="text" name="student_name" required>
  <p>Which time works best for you?</p>
  <input type="radio" name="time" value="am" required> Morning
  <input type="radio" name="time" value="pm"> Afternoon<br>
  <div><input type="checkbox" name="lang_help" value="yes"> I need an interpreter</div>
  <input type="email" name="em">
  <input type="radio" name="q7" value="1"><input type="radio" name="q7" value="2">
  <input type="radio" name="q8" value="1" required><input type="radio" name="q8" value="2">
  <p>Anything else?</p>
  <fieldset><legend>Your address</legend><input type="text" name="addr1"></fieldset>
  <button type="submit">Send</button>
</form></body></html>`;

describe('form findings name fields by what families see, never by the name attribute', () => {
  const labelMissing = messages(SIGN_UP, 'form-field-label-missing');

  test.each([
    [
      'the question in the paragraph above',
      'The text field after "Your child\'s name *" has no label.',
    ],
    [
      'a choice by its words and its question',
      'The choice "Morning" under "Which time works best for you?" has no label tied to it.',
    ],
    [
      'the next choice the same way',
      'The choice "Afternoon" under "Which time works best for you?" has no label tied to it.',
    ],
    [
      'a lone check box by its words only',
      'The choice "I need an interpreter" has no label tied to it. Put the check box',
    ],
    ['a field after another field by its kind and place', 'The 1st e-mail field has no label.'],
    [
      'radios with no text near them by their group',
      'A radio button in the 2nd radio group has no label.',
    ],
    ['a field in a fieldset by its legend', 'The text field under "Your address" has no label.'],
  ])('%s', (_, expected) => {
    expect(
      labelMissing.some((m) => m.startsWith(expected)),
      labelMissing.join('\n'),
    ).toBe(true);
  });

  test('no message shows a name attribute', () => {
    const all = [
      ...labelMissing,
      ...messages(SIGN_UP, 'required-field-unmarked'),
      ...messages(SIGN_UP, 'choice-group-unlabelled'),
    ];
    expect(all.length).toBeGreaterThanOrEqual(12);
    for (const name of ['student_name', '"time"', 'lang_help', '"em"', 'q7', 'q8', 'addr1']) {
      expect(all.filter((m) => m.includes(name))).toEqual([]);
    }
  });

  test('required radio groups are named by their question, or by their place', () => {
    expect(messages(SIGN_UP, 'required-field-unmarked')).toEqual([
      'The text field after "Your child\'s name *" is required, but the form does not show it. Add "(required)" to its label.',
      '"Which time works best for you?" is required, but the form does not show it. Add "(required)" to its label.',
      'The 3rd radio group is required, but the form does not show it. Add "(required)" to its label.',
    ]);
  });

  test('an unlabelled choice group names its choices and the question above them', () => {
    expect(messages(SIGN_UP, 'choice-group-unlabelled')[0]).toBe(
      'The choices "Morning, Afternoon" after "Which time works best for you?" are not grouped under their question. Put them in a <fieldset> with that question as its <legend>.',
    );
  });
});
