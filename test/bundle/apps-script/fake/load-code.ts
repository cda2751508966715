import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { repoRoot } from '../../../support/paths';
import { Recorder } from './recorder';
import {
  builtHtmlFiles,
  createFakeServices,
  type FakeOptions,
  type FakeServices,
} from './services';
import { newWorkbook, type WorkbookModel } from './spreadsheet-model';

export const distDir = resolve(repoRoot, 'dist/apps-script');

/** The built Code.js, loaded into a fresh `vm` context holding only the fake services and a console. */
export function loadCode(globals: Record<string, unknown>): {
  context: Record<string, unknown>;
  logs: unknown[][];
} {
  const code = readFileSync(resolve(distDir, 'Code.js'), 'utf8');
  const logs: unknown[][] = [];
  const console = {
    log: (...args: unknown[]) => logs.push(args),
    info: (...args: unknown[]) => logs.push(args),
    warn: (...args: unknown[]) => logs.push(args),
    error: (...args: unknown[]) => logs.push(args),
  };
  const context = createContext({ ...globals, console });
  runInContext(code, context, { filename: 'Code.js' });
  return { context: context as Record<string, unknown>, logs };
}

export interface AddOn extends FakeServices {
  /** Calls a top-level function of Code.js as Apps Script would. */
  call: (name: string, ...args: unknown[]) => unknown;
  /** Whether Code.js declares a top-level function of this name. */
  has: (name: string) => boolean;
  logs: unknown[][];
  /** Plain copies of what came back from the other realm. */
  plain: <T>(value: T) => T;
}

export function installAddOn(
  options: Partial<FakeOptions> & { workbook?: WorkbookModel } = {},
): AddOn {
  const workbook = options.workbook ?? newWorkbook();
  const fake = createFakeServices({
    ...options,
    workbook,
    recorder: options.recorder ?? new Recorder(),
    htmlFiles: options.htmlFiles ?? builtHtmlFiles(distDir),
  });
  const { context, logs } = loadCode(fake.globals);
  return {
    ...fake,
    logs,
    call: (name, ...args) => {
      const fn = context[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
      return (fn as (...a: unknown[]) => unknown)(...args);
    },
    has: (name) => typeof context[name] === 'function',
    plain: (value) => JSON.parse(JSON.stringify(value)),
  };
}
