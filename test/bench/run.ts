// `npm run bench`: runs every test/bench/*.bench.ts in turn and prints its figures.
// Each module exports `run(): Promise<void>` and prints its own lines; run one alone with
// `npx tsx test/bench/<name>.bench.ts`.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();

let failed = false;
for (const file of files) {
  console.log(`\n== ${file.replace('.bench.ts', '')} ==`);
  try {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      run?: () => Promise<void>;
    };
    if (typeof mod.run !== 'function') throw new Error(`${file} does not export run()`);
    await mod.run();
  } catch (error) {
    failed = true;
    console.error(`${file} failed:`, error);
  }
}
if (files.length === 0) console.log('No benchmarks found.');
process.exitCode = failed ? 1 : 0;
