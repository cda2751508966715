import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Script } from 'node:vm';
import { beforeAll, describe, expect, it } from 'vitest';
import { distDir, loadCode } from './fake/load-code';

const ENTRY_FUNCTIONS = [
  'addRater',
  'compareFamilySurvey',
  'copyFamilySurvey',
  'getSidebarState',
  'getSurveySources',
  'onEdit',
  'onInstall',
  'onOpen',
  'refreshDashboard',
  'saveSetup',
  'showAddRater',
  'showFamilySurvey',
  'showHelp',
  'showSetup',
  'startNewSchoolYear',
];

beforeAll(() => {
  if (!existsSync(resolve(distDir, 'Code.js'))) {
    throw new Error(
      'dist/apps-script is missing: run `npm run build:apps-script` (npm test builds first).',
    );
  }
});

describe('dist/apps-script', () => {
  it('holds exactly Code.js, sidebar.html and appsscript.json', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(distDir).sort()).toEqual(['Code.js', 'appsscript.json', 'sidebar.html']);
  });

  it('asks for exactly the two scopes, with no Advanced Services', () => {
    const manifest = JSON.parse(readFileSync(resolve(distDir, 'appsscript.json'), 'utf8'));
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
    expect(manifest.dependencies?.enabledAdvancedServices ?? []).toEqual([]);
    expect(manifest.runtimeVersion).toBe('V8');
  });

  it('Code.js reaches no network and no service beyond the four it is allowed', () => {
    const code = readFileSync(resolve(distDir, 'Code.js'), 'utf8');
    for (const banned of [
      'UrlFetchApp',
      'XMLHttpRequest',
      'fetch(',
      'DriveApp',
      'GmailApp',
      'ScriptApp',
      'Session.',
      'Utilities.',
      'CacheService',
      'openById',
      'openByUrl',
    ]) {
      expect(code, banned).not.toContain(banned);
    }
    const services = new Set(
      [...code.matchAll(/\b([A-Z][A-Za-z]+(?:App|Service))\./g)].map((m) => m[1]),
    );
    expect([...services].sort()).toEqual([
      'HtmlService',
      'LockService',
      'PropertiesService',
      'SpreadsheetApp',
    ]);
  });

  it('loads without touching any service, and exposes only the entry functions and one namespace', () => {
    // An empty context: any service call at load time would throw a ReferenceError here.
    const { context } = loadCode({});
    const globals = Object.keys(context).filter((k) => k !== 'console');
    expect(globals.sort()).toEqual(['FamilySchoolToolkit', ...ENTRY_FUNCTIONS].sort());
    for (const name of ENTRY_FUNCTIONS) expect(typeof context[name], name).toBe('function');
    expect(typeof context.FamilySchoolToolkit).toBe('object');
  });

  it('declares each entry function at the top level, as Apps Script requires', () => {
    const code = readFileSync(resolve(distDir, 'Code.js'), 'utf8');
    for (const name of ENTRY_FUNCTIONS) {
      expect(code).toMatch(new RegExp(`^function ${name}\\(\\) \\{$`, 'm'));
    }
  });

  it('sidebar.html is one self-contained file with one classic script', () => {
    const html = readFileSync(resolve(distDir, 'sidebar.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.[1]).not.toMatch(/type=|src=/);
    expect(() => new Script(scripts[0]?.[2] ?? '')).not.toThrow();
    expect(html).not.toMatch(/<link\b[^>]*href=|\bsrc=["'](?!data:)/);
    expect(html).toContain('data-view="setup"');
  });
});

describe('what Code.js needs from the Apps Script runtime', () => {
  it('uses no library feature newer than ES2020 (the build target)', () => {
    const code = readFileSync(resolve(distDir, 'Code.js'), 'utf8');
    for (const newer of [
      '.replaceAll(',
      '.at(',
      'Object.hasOwn(',
      '.findLast(',
      'structuredClone(',
      '??=',
      '||=',
      '&&=',
    ]) {
      expect(code, newer).not.toContain(newer);
    }
  });
});
