import { basename, dirname, join, relative } from 'node:path';
import { build, type Plugin, type ResolvedConfig, type Rolldown } from 'vite';

const QUERY = '?script&iife';
const RESOLVED_PREFIX = '\0fsp-iife:';

/**
 * Builds each `import file from './x?script&iife'` as one classic script, `x.js` beside where the
 * source sits under the extension root (content/agent.ts → content/agent.js), and resolves the
 * import to that file name for `chrome.scripting.executeScript({ files })`.
 *
 * @crxjs/vite-plugin 3.0.0 handles the same query, but its IIFE build sets `inlineDynamicImports`,
 * which vite 8 warns is ignored ("codeSplitting: false is set") on every build, and it also emits
 * a module copy nothing loads and a web_accessible_resources entry (see post-build.ts). This
 * plugin runs before crxjs, so crxjs never sees the query; builds only, the dev server still uses
 * crxjs's handling.
 */
export function contentScriptIife(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'fsp:content-script-iife',
    apply: 'build',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    async resolveId(source, importer) {
      if (!importer || !source.endsWith(QUERY)) return null;
      const path = source.slice(0, -QUERY.length);
      const resolved = await this.resolve(path, importer, { skipSelf: true });
      if (!resolved) throw new Error(`${importer}: cannot resolve the script "${path}"`);
      return `${RESOLVED_PREFIX}${resolved.id}`;
    },
    async load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const entry = id.slice(RESOLVED_PREFIX.length);
      const fileName = scriptFileName(config.root, entry);
      const code = await buildIife(config, entry, fileName);
      this.emitFile({ type: 'asset', fileName, source: code });
      return `export default ${JSON.stringify(fileName)};`;
    },
  };
}

/** `<root>/content/agent.ts` → `content/agent.js`. */
export function scriptFileName(root: string, entry: string): string {
  const dir = relative(root, dirname(entry));
  const name = `${basename(entry).replace(/\.[cm]?[jt]sx?$/, '')}.js`;
  return (dir ? join(dir, name) : name).split('\\').join('/');
}

/** One self-contained IIFE of the entry, minified and targeted as the rest of the extension. */
async function buildIife(config: ResolvedConfig, entry: string, fileName: string): Promise<string> {
  const result = await build({
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: 'warn',
    publicDir: false,
    resolve: { alias: config.resolve.alias, conditions: config.resolve.conditions },
    define: config.define,
    build: {
      write: false,
      emptyOutDir: false,
      copyPublicDir: false,
      minify: config.build.minify,
      sourcemap: false,
      target: config.build.target,
      lib: {
        entry,
        formats: ['iife'],
        name: basename(fileName, '.js').replace(/\W/g, '_'),
        fileName: () => fileName,
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  const [chunk, ...extra] = chunks;
  if (!chunk || extra.length > 0) {
    throw new Error(`${entry}: expected one script from the IIFE build, got ${chunks.length}`);
  }
  return chunk.code;
}
