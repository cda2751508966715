import { runInNewContext } from 'node:vm';
import type { Plugin } from 'vite';

/**
 * Apps Script only calls real top-level function declarations (menus, triggers, google.script.run),
 * but a library build leaves everything inside one IIFE. For each function the entry exports, this
 * appends `function name() { return GLOBAL.name.apply(this, arguments); }` and fails the build if
 * an export is missing from the bundle, is not a function, or if anything else leaks into the global
 * scope. The bundle is evaluated in an empty `vm` context to check, which also proves that loading
 * it touches no Apps Script service (that would throw: the context has none).
 */
export function exposeEntryFunctions(options: { entry: string; globalName: string }): Plugin {
  const { entry, globalName } = options;
  let declared: string[] = [];
  return {
    name: 'fsp:expose-entry-functions',
    enforce: 'post',
    transform(code, id) {
      if (normalise(id) !== normalise(entry)) return null;
      declared = exportedNames(this.parse(code));
      if (declared.length === 0)
        this.error(`${entry} exports nothing: Apps Script would have no entry points.`);
      return null;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk' && file.isEntry);
      if (chunks.length !== 1) this.error(`Expected one entry chunk, found ${chunks.length}.`);
      const chunk = chunks[0];
      if (chunk?.type !== 'chunk') return;

      const missing = declared.filter((name) => !chunk.exports.includes(name));
      if (missing.length > 0) {
        this.error(
          `Exports missing from the bundle: ${missing.join(', ')}. Apps Script could not call them.`,
        );
      }
      const bundled = evaluate(chunk.code);
      const api = bundled[globalName] as Record<string, unknown> | undefined;
      if (!api) this.error(`The bundle does not assign the global ${globalName}.`);
      const notFunctions = declared.filter((name) => typeof api?.[name] !== 'function');
      if (notFunctions.length > 0) {
        this.error(
          `The entry may only export functions; not functions: ${notFunctions.join(', ')}.`,
        );
      }

      const wrappers = declared
        .map(
          (name) =>
            `function ${name}() {\n  return ${globalName}.${name}.apply(this, arguments);\n}`,
        )
        .join('\n');
      chunk.code = `${chunk.code.trimEnd()}\n\n// Top-level functions for Apps Script (menus, triggers, google.script.run).\n${wrappers}\n`;

      const globals = Object.keys(evaluate(chunk.code)).sort();
      const expected = [globalName, ...declared].sort();
      if (globals.join() !== expected.join()) {
        this.error(
          `Unexpected globals in Code.js: ${globals.filter((g) => !expected.includes(g)).join(', ') || '(none)'}; missing: ${expected.filter((g) => !globals.includes(g)).join(', ') || '(none)'}.`,
        );
      }
      for (const name of declared) {
        const wrapper = evaluate(chunk.code)[name];
        if (typeof wrapper !== 'function')
          this.error(`Top-level function ${name} was not declared.`);
      }
    },
  };
}

/** Names exported by the entry module: `export function f`, `export { a, b as c } from '...'`. */
function exportedNames(program: { body: unknown[] }): string[] {
  const names: string[] = [];
  for (const node of program.body as ExportNode[]) {
    if (node.type === 'ExportAllDeclaration') {
      throw new Error(
        'The Apps Script entry must name its exports (no `export *`), so each can be checked.',
      );
    }
    if (node.type === 'ExportDefaultDeclaration') {
      throw new Error(
        'The Apps Script entry must not use a default export: Apps Script calls functions by name.',
      );
    }
    if (node.type !== 'ExportNamedDeclaration') continue;
    if (node.exportKind === 'type') continue;
    if (node.declaration?.type === 'FunctionDeclaration' && node.declaration.id) {
      names.push(node.declaration.id.name);
    } else if (node.declaration?.type === 'VariableDeclaration') {
      throw new Error('The Apps Script entry may only export functions, not variables.');
    }
    for (const specifier of node.specifiers ?? []) {
      if (specifier.exportKind === 'type') continue;
      names.push(specifier.exported.name ?? String(specifier.exported.value));
    }
  }
  return names;
}

interface ExportNode {
  type: string;
  exportKind?: string;
  declaration?: { type: string; id?: { name: string } } | null;
  specifiers?: { exportKind?: string; exported: { name?: string; value?: string } }[];
}

function evaluate(code: string): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  runInNewContext(code, context, { filename: 'Code.js' });
  return context;
}

function normalise(id: string): string {
  return id.split('?')[0]?.replaceAll('\\', '/') ?? id;
}
