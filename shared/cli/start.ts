import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkFile } from './check-file';
import { formatReport, type Painter } from './format';
import type { CliIo } from './main';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
export const SAMPLE_NEWSLETTER = join(here, 'examples', 'sample-newsletter.html');

/**
 * `fsp start` (what `npm start` runs after building): checks the bundled example newsletter,
 * prints its report, then says where the built extension and add-on are and how to load them.
 */
export async function start(io: CliIo, paint: Painter): Promise<number> {
  const shown = relative(io.cwd, SAMPLE_NEWSLETTER) || SAMPLE_NEWSLETTER;
  io.stdout.write(`${paint('bold', 'Family-School Partnership Toolkit')}\n\n`);
  io.stdout.write(`Checking the example newsletter ${shown}:\n\n`);
  const result = await checkFile(SAMPLE_NEWSLETTER, {
    cwd: io.cwd,
    check: {},
    ...(io.now ? { now: io.now } : {}),
  });
  if (!result.ok) {
    io.stderr.write(`fsp start: ${result.file}: ${result.message}\n`);
    return 1;
  }
  io.stdout.write(`${formatReport(result.report, result.model, paint)}\n\n`);
  io.stdout.write(
    'Check your own files with: npx fsp check <files, folders or globs> (npx fsp --help)\n\n',
  );

  const extension = join(repoRoot, 'dist', 'extension');
  const addon = join(repoRoot, 'dist', 'apps-script');
  const extensionBuilt = existsSync(join(extension, 'manifest.json'));
  const addonBuilt = existsSync(addon) && existsSync(join(addon, 'appsscript.json'));
  io.stdout.write(
    extensionBuilt
      ? `${paint('green', 'Chrome extension built:')} ${extension}\n  Load it at chrome://extensions: turn on Developer mode, choose "Load unpacked" and pick that folder.\n`
      : `${paint('yellow', 'Chrome extension not built yet')} (expected at ${extension}): run "npm run build:extension".\n`,
  );
  io.stdout.write(
    addonBuilt
      ? `${paint('green', 'Sheets add-on built:')} ${addon}\n  Push it to an Apps Script project bound to a spreadsheet with "npm run push" (clasp).\n`
      : `${paint('yellow', 'Sheets add-on not built yet')} (expected at ${addon}): run "npm run build:apps-script".\n`,
  );
  return 0;
}
