import { expect, test } from 'vitest';
import { runTextRule } from './run-rule';

/**
 * A class blog saved as text ends with the platform's comment form, repeated under every post:
 * "You are commenting using your Twitter account." named an outlet (2.1.3) the message never
 * points families to. Those lines are not evidence; the same words in the message's own
 * sentences still are.
 */
const post = (line: string) =>
  `Our class planted bean seeds this week and the children loved it.\n\n${line}\n\nThanks for reading!`;

test.each([
  ['points-to-other-channels', 'You are commenting using your Twitter account. Log Out / Change )'],
  [
    'points-to-other-channels',
    'You are commenting using your Facebook account. ( Log Out / Change )',
  ],
  ['invites-follow-up', 'Notify me of new comments via email.'],
  ['points-to-other-channels', 'Share to Facebook'],
  ['points-to-other-channels', 'Vous commentez à l’aide de votre compte Facebook.'],
])('%s does not read the comment-form line “%s”', (ruleId, line) => {
  expect(runTextRule(ruleId, post(line)).hits).toEqual([]);
});

test.each([
  ['points-to-other-channels', 'Follow our Twitter account for snow-day updates.'],
  ['points-to-other-channels', 'Photos are posted on our Facebook page every Friday.'],
])('%s still reads the message’s own sentence “%s”', (ruleId, line) => {
  expect(runTextRule(ruleId, post(line)).hits.map((h) => h.quote)).toEqual([line]);
});
