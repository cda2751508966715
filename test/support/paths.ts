import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared reference folder sits beside the project, locally and in CI. */
export const sharedRoot = resolve(process.env.FSP_SHARED_DIR ?? resolve(repoRoot, '../shared'));
export const seedsDir = resolve(sharedRoot, 'seeds');
export const evalDir = resolve(sharedRoot, 'eval/dev');

export function requireSharedFolder(dir: string): string {
  if (!existsSync(dir)) {
    throw new Error(
      `Expected the shared reference folder at ${dir} (set FSP_SHARED_DIR to move it).`,
    );
  }
  return dir;
}
