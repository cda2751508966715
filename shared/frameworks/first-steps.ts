import { z } from 'zod/mini';
import data from './data/first-steps.json' with { type: 'json' };

const text = z.string().check(z.minLength(1));

export const firstStepsSchema = z.strictObject({
  formatVersion: z.literal(1),
  id: z.literal('first-steps'),
  name: text,
  publisher: text,
  source: z.strictObject({ title: text, seed: text }),
  introduction: z.array(text),
  summarySource: text,
  steps: z
    .array(
      z.strictObject({
        number: z.number().check(z.int()),
        name: text,
        text,
        omitted: z.optional(text),
      }),
    )
    .check(z.length(6, 'expected the six steps of the cycle')),
});

export type FirstSteps = z.infer<typeof firstStepsSchema>;

/** National PTA's six-step First Steps cycle: assess, plan, present, act, share, build on it. */
export const firstSteps: FirstSteps = firstStepsSchema.parse(data);
