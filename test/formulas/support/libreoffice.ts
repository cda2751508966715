import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Opens each .xlsx in LibreOffice Calc (headless, with a profile of its own so runs never share
 * state) and saves it again as .xlsx: formulas written without a cached result are computed on
 * load. Returns the paths of the recalculated files.
 */
export async function recalculate(files: string[]): Promise<string[]> {
  const outDir = mkdtempSync(join(tmpdir(), 'fsp-recalc-'));
  const profile = mkdtempSync(join(tmpdir(), 'fsp-lo-profile-'));
  await run(
    'soffice',
    [
      '--headless',
      '--norestore',
      '--nolockcheck',
      `-env:UserInstallation=file://${profile}`,
      '--convert-to',
      'xlsx',
      '--outdir',
      outDir,
      ...files,
    ],
    { timeout: 110_000 },
  );
  return files.map((file) => join(outDir, basename(file)));
}
