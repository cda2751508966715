import { z } from 'zod/mini';

/**
 * The one JSON format for every framework, built in or brought by a district.
 * Documented in the README under "Framework format"; keep the two in step.
 */

const text = z.string().check(z.trim(), z.minLength(1, 'expected non-empty text'));
const textList = z.array(text);

const mapping = z.strictObject({
  framework: text,
  id: text,
});

export const level3Schema = z.strictObject({
  id: text,
  text,
  title: z.optional(text),
  notes: z.optional(textList),
});

export const level2Schema = z.strictObject({
  id: text,
  title: z.optional(text),
  text: z.optional(text),
  question: z.optional(text),
  notes: z.optional(textList),
  children: z.optional(z.array(level3Schema)),
});

export const level1Schema = z.strictObject({
  id: text,
  title: z.optional(text),
  text: z.optional(text),
  notes: z.optional(textList),
  actionSteps: z.optional(textList),
  mapsTo: z.optional(z.array(mapping)),
  children: z.optional(z.array(level2Schema)),
});

const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'));

const frameworkShape = z.strictObject({
  $schema: z.optional(z.string()),
  formatVersion: z.literal(1, 'expected formatVersion 1'),
  id: z
    .string()
    .check(
      z.regex(
        /^[a-z0-9][a-z0-9-]{0,62}$/,
        'expected an id of lower-case letters, digits and hyphens, such as "my-district-2025"',
      ),
    ),
  name: text,
  edition: text,
  publisher: z.optional(text),
  source: z.strictObject({
    title: text,
    url: z.optional(text),
    seed: z.optional(text),
  }),
  adopted: z.optional(isoDate),
  revised: z.optional(isoDate),
  levels: z.tuple(
    [text, text, text],
    'expected three level names, such as ["Standard", "Goal", "Indicator"]',
  ),
  ratedLevel: z.union([z.literal(1), z.literal(2), z.literal(3)], 'expected ratedLevel 1, 2 or 3'),
  notes: z.optional(textList),
  items: z.array(level1Schema).check(z.minLength(1, 'expected at least one item')),
});

type Shape = z.infer<typeof frameworkShape>;

/**
 * Structure rules that a plain shape cannot say: ids follow source order (S, S.G, S.G.I),
 * and the tree reaches exactly the level that is rated.
 */
function checkStructure(
  fw: Shape,
  ctx: {
    addIssue: (issue: {
      code: 'custom';
      message: string;
      path: PropertyKey[];
      input: unknown;
    }) => void;
  },
) {
  const issue = (path: PropertyKey[], message: string) =>
    ctx.addIssue({ code: 'custom', message, path, input: fw });
  const [name1, name2, name3] = fw.levels;
  fw.items.forEach((l1, i) => {
    const id1 = String(i + 1);
    const p1: PropertyKey[] = ['items', i];
    if (l1.id !== id1)
      issue(
        [...p1, 'id'],
        `expected id "${id1}" (${name1} ${i + 1} in source order), got "${l1.id}"`,
      );
    if (!l1.title && !l1.text) issue(p1, `expected a title or a text for ${name1} ${id1}`);
    const goals = l1.children ?? [];
    if (fw.ratedLevel === 1 && goals.length > 0) {
      issue(
        [...p1, 'children'],
        `expected no ${name2} items: this framework is rated at the ${name1} level`,
      );
    }
    if (fw.ratedLevel > 1 && goals.length === 0) {
      issue([...p1, 'children'], `expected at least one ${name2} under ${name1} ${id1}`);
    }
    goals.forEach((l2, j) => {
      const id2 = `${id1}.${j + 1}`;
      const p2: PropertyKey[] = [...p1, 'children', j];
      if (l2.id !== id2)
        issue(
          [...p2, 'id'],
          `expected id "${id2}" (${name2} ${j + 1} of ${name1} ${id1}), got "${l2.id}"`,
        );
      if (!l2.title && !l2.text) issue(p2, `expected a title or a text for ${name2} ${id2}`);
      const indicators = l2.children ?? [];
      if (fw.ratedLevel === 2 && indicators.length > 0) {
        issue(
          [...p2, 'children'],
          `expected no ${name3} items: this framework is rated at the ${name2} level`,
        );
      }
      if (fw.ratedLevel === 3 && indicators.length === 0) {
        issue([...p2, 'children'], `expected at least one ${name3} under ${name2} ${id2}`);
      }
      indicators.forEach((l3, k) => {
        const id3 = `${id2}.${k + 1}`;
        if (l3.id !== id3) {
          issue(
            [...p2, 'children', k, 'id'],
            `expected id "${id3}" (${name3} ${k + 1} of ${name2} ${id2}), got "${l3.id}"`,
          );
        }
      });
    });
  });
}

export const frameworkSchema = frameworkShape.check(z.superRefine(checkStructure));

export type Framework = z.infer<typeof frameworkSchema>;
export type Level1Item = z.infer<typeof level1Schema>;
export type Level2Item = z.infer<typeof level2Schema>;
export type Level3Item = z.infer<typeof level3Schema>;
