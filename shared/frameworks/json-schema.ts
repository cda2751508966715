import { z } from 'zod/mini';
import { frameworkSchema } from './schema';

/**
 * A JSON Schema of the framework format, so a district writing its own framework gets completion
 * and checking in an editor (`"$schema": "./framework.schema.json"`). The zod schema stays the
 * authority: it also checks id order and depth, which JSON Schema cannot say.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(frameworkSchema, { unrepresentable: 'any' }),
    title: 'Family-School Partnership Toolkit framework',
    description:
      'One framework: three levels named by the framework (e.g. Standard / Goal / Indicator), ids S, S.G, S.G.I in source order.',
  };
}
