import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { AXE_CORE_FILE } from '../common/files.ts';

/**
 * Ships axe-core's own minified file untouched, as a separate file that the side panel injects
 * only when the user asks for the full accessibility check (it is about 560 KB: too big to inject
 * with every check). Its licence goes beside it.
 */
export function vendorAxeCore(): Plugin {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('axe-core/package.json'));
  return {
    name: 'fsp:vendor-axe-core',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: AXE_CORE_FILE,
        source: readFileSync(join(root, 'axe.min.js'), 'utf8'),
      });
      this.emitFile({
        type: 'asset',
        fileName: 'vendor/axe-core.LICENSE.txt',
        source: readFileSync(join(root, 'LICENSE'), 'utf8'),
      });
    },
  };
}
