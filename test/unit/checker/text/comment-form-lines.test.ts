import { expect, test } from 'vitest';
import { runTextRule } from './run-rule';

/**
 * A class blog saved as text ends with the platform's comment form, repeated under every post:
 * "You are commenting using your Twitter account." named an outlet (2.1.3) the message never
 * points families to. A line that is only the form's words is not evidence; the same words
 * inside the message's own sentences still are.
 */
const post = (line: string) =>
  `Our class planted bean seeds this week and the children loved it.\n\n${line}\n\nThanks for reading!`;

test.each([
  'You are commenting using your Twitter account. Log Out / Change )',
  'You are commenting using your Twitter account. ( Log Out / Change )',
  'You are commenting using your Twitter account.',
])('points-to-other-channels does not read the comment-form line “%s”', (line) => {
  expect(runTextRule('points-to-other-channels', post(line)).hits).toEqual([]);
});

test.each([
  ['points-to-other-channels', 'Follow our Twitter account for snow-day updates.'],
  ['points-to-other-channels', 'Photos are posted on our Facebook page every Friday.'],
  ['gathers-family-input', 'Post a comment below to share your ideas for the fair!'],
  ['gathers-family-input', 'Leave a comment and tell us what you think of the new lunch menu.'],
  [
    'gathers-family-input',
    'You are commenting using your Google account. Tell us what you think of the new lunch menu!',
  ],
])('%s still reads the message’s own words “%s”', (ruleId, line) => {
  expect(runTextRule(ruleId, post(line)).hits.length).toBeGreaterThan(0);
});

test.each([
  ['Estás comentando usando tu cuenta de Google. Danos tu opinión.', 'es'],
  ['Vous commentez à l’aide de votre compte Google. Donnez votre avis.', 'fr'],
])(
  'a Spanish or French block that goes on after the form’s words is read: “%s”',
  (line, language) => {
    const text = `Nuestra clase plantó semillas.\n\n${line}\n\nGracias.`;
    expect(runTextRule('gathers-family-input', text, { language }).hits.length).toBeGreaterThan(0);
  },
);
