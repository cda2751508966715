import { crx } from '@crxjs/vite-plugin';
import type { UserConfig } from 'vite';
import { defineConfig } from 'vitest/config';
import { contentScriptIife } from './extension/build/content-script-iife.ts';
import { extensionPostBuild } from './extension/build/post-build.ts';
import { vendorAxeCore } from './extension/build/vendor-axe-core.ts';
import manifest from './extension/manifest.ts';

// This file is both the extension's build config (see the `build`/`plugins` part, owned by extension/)
// and vitest's config. Test projects:
//   unit      pure tests of shared/, extension UI logic and the add-on's workbook plan (no build needed)
//   bundle    the built dist/ artefacts: Code.js in node's vm, the extension manifest and scripts
//   formulas  dashboard formulas recalculated by LibreOffice headless
//   e2e       the built extension in Debian's Chromium via playwright-core

// The extension build. Kept out of vitest runs: crxjs would otherwise take over the test server.
const extensionBuild: UserConfig = {
  root: 'extension',
  publicDir: false,
  build: {
    outDir: '../dist/extension',
    emptyOutDir: true,
    target: 'chrome116',
    // The polyfill contains a fetch() call; Chrome supports modulepreload natively.
    modulePreload: { polyfill: false },
    // Extension code is reviewed in the Web Store: readable names help, and size is still small.
    minify: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1000,
  },
  // contentScriptIife comes before crx so that it, not crxjs, builds the `?script&iife` agent.
  plugins: [contentScriptIife(), crx({ manifest }), vendorAxeCore(), extensionPostBuild()],
};

export default defineConfig({
  ...(process.env.VITEST ? {} : extensionBuild),
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'bundle',
          include: ['test/bundle/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'formulas',
          include: ['test/formulas/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // expect.poll waits for the browser (a closed panel's port to drop, a message to reach
          // the page); 1 s, vitest's default, was once too short on a loaded CI machine. A wait
          // limit, not a speed check: speed is in `npm run bench`.
          expect: { poll: { timeout: 10_000 } },
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
