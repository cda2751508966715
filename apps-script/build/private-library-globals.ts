import type { Plugin } from 'vite';

/**
 * zod keeps its configuration on `globalThis` so that several copies of zod share it. In Code.js
 * that would be one more global in the script's namespace; with one copy of zod in one bundle, a
 * module-private object does the same job. This rewrites `globalThis` in zod's own files only.
 */
export function privateLibraryGlobals(): Plugin {
  return {
    name: 'fsp:private-library-globals',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]zod[\\/]/.test(id) || !code.includes('globalThis')) return null;
      return {
        code: `const __libraryScope = {};\n${code.replaceAll('globalThis', '__libraryScope')}`,
        map: null,
      };
    },
  };
}
