import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { classicInlineScript } from './build/classic-inline-script.ts';
import { exposeEntryFunctions } from './build/expose-entry-functions.ts';
import { appsScriptManifest } from './build/manifest.ts';
import { privateLibraryGlobals } from './build/private-library-globals.ts';

// `npm run build:apps-script` writes dist/apps-script/: Code.js (server), sidebar.html, appsscript.json.
const here = dirname(fileURLToPath(import.meta.url));
const outDir = resolve(here, '../dist/apps-script');
const entry = resolve(here, 'Code.ts');
/** The one global the bundle assigns; the entry's functions are declared beside it. */
export const GLOBAL_NAME = 'FamilySchoolToolkit';

export default defineConfig({
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2020',
    minify: false,
    lib: { entry, name: GLOBAL_NAME, formats: ['iife'], fileName: () => 'Code.js' },
  },
  plugins: [
    privateLibraryGlobals(),
    exposeEntryFunctions({ entry, globalName: GLOBAL_NAME }),
    appsScriptManifest(resolve(here, 'appsscript.json')),
    sidebarBuild(),
  ],
});

/** The sidebar is a second, independent build into the same folder, once Code.js is written. */
function sidebarBuild(): Plugin {
  return {
    name: 'fsp:sidebar-build',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        root: resolve(here, 'sidebar'),
        publicDir: false,
        logLevel: 'warn',
        build: {
          outDir,
          emptyOutDir: false,
          target: 'es2020',
          modulePreload: { polyfill: false },
          rollupOptions: { input: resolve(here, 'sidebar/sidebar.html') },
        },
        plugins: [
          viteSingleFile({ removeViteModuleLoader: true, outputFileName: 'sidebar.html' }),
          classicInlineScript('sidebar.html'),
        ],
      });
    },
  };
}
