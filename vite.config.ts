import { defineConfig } from 'vitest/config';

// This file is both the extension's build config (see the `build`/`plugins` part, owned by extension/)
// and vitest's config. Test projects:
//   unit      pure tests of shared/, extension UI logic and the add-on's workbook plan (no build needed)
//   bundle    the built dist/ artefacts: Code.js in node's vm, the extension manifest and scripts
//   formulas  dashboard formulas recalculated by LibreOffice headless
//   e2e       the built extension in Debian's Chromium via playwright-core
export default defineConfig({
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
          // One browser at a time: these machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
