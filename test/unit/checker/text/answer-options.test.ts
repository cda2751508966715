import { describe, expect, test } from 'vitest';
import { checkDocument, extractFromHtml } from '../../../../shared/checker/node';

/** The tags of one indicator on a page, as [rule, quote]. */
function tags(html: string, indicatorId: string): [string, string][] {
  return checkDocument(extractFromHtml(html).model)
    .tags.filter((t) => t.indicatorId === indicatorId)
    .map((t) => [t.ruleId, t.quote]);
}

/** A Google Form as its page is drawn: ARIA radios, each with its words in a span inside a label. */
function googleForm(extra: string): string {
  const option = (text: string) =>
    `<label><div role="radio" aria-label="${text}" aria-checked="false" tabindex="0"></div><div><span>${text}</span></div></label>`;
  return `<!doctype html><html lang="en"><head><title>Family contact form</title></head><body>
  <form action="#" method="POST"><div role="list">
    <div role="listitem">
      <div role="heading" aria-level="2" id="q1">How would you like us to contact you? <span aria-label="Required question">*</span></div>
      <div role="radiogroup" aria-labelledby="q1" aria-required="true">
        ${option('Email')}${option('Phone call')}${option('Text message')}
      </div>
    </div>
    ${extra}
  </div></form></body></html>`;
}

describe('answer options of a form are not read as the message pointing to other outlets', () => {
  test('the choice "Text message" is not evidence of 2.1.3; the question still is of 2.1.1', () => {
    const page = googleForm('');
    expect(tags(page, '2.1.3')).toEqual([]);
    expect(tags(page, '2.1.1')).toContainEqual([
      'asks-communication-preferences',
      'How would you like us to contact you?',
    ]);
  });

  test.each([
    [
      'a pointer in the form’s prose',
      '<div role="listitem"><p>Check our school website for the full calendar of events.</p></div>',
      'Check our school website for the full calendar of events.',
    ],
    [
      'a lone check box that offers text alerts in its own words',
      '<label><input type="checkbox" name="alerts"> Sign up for text alerts from the PTA</label>',
      'Sign up for text alerts from the PTA',
    ],
    [
      'the same words as an option, in a paragraph of their own',
      '<p>We send reminders by text message the day before.</p>',
      'We send reminders by text message the day before.',
    ],
  ])('still tags %s', (_, extra, quote) => {
    expect(tags(googleForm(extra), '2.1.3')).toEqual([['points-to-other-channels', quote]]);
  });

  test('native radios in a fieldset: their labels are answers too', () => {
    const page = `<!doctype html><html lang="en"><head><title>Sign-up</title></head><body><form>
      <fieldset><legend>Best way to reach you</legend>
        <label><input type="radio" name="reach"> Text message</label>
        <label><input type="radio" name="reach"> Email</label>
      </fieldset></form></body></html>`;
    expect(tags(page, '2.1.3')).toEqual([]);
  });
});
