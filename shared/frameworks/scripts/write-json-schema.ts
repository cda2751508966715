// Regenerates shared/frameworks/framework.schema.json from the zod schema:
//   npx tsx shared/frameworks/scripts/write-json-schema.ts
import { writeFileSync } from 'node:fs';
import { frameworkJsonSchema } from '../json-schema';

const target = new URL('../framework.schema.json', import.meta.url);
writeFileSync(target, `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${target.pathname}`);
