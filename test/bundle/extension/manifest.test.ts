import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { AXE_CORE_FILE } from '../../../extension/common/files';
import { scriptsLoadedBy } from '../../support/extension-scripts';
import { repoRoot } from '../../support/paths';

const distDir = join(repoRoot, 'dist/extension');

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  web_accessible_resources?: { resources: string[] }[];
  externally_connectable?: unknown;
  content_security_policy?: { extension_pages?: string };
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  side_panel?: { default_path?: string };
  options_ui?: { page?: string };
  default_locale?: string;
}

let manifest: Manifest;
let files: string[];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(() => {
  if (!existsSync(join(distDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${distDir}: run "npm run build" first.`);
  }
  manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as Manifest;
  files = filesUnder(distDir).map((f) => relative(distDir, f).split('\\').join('/'));
});

describe('built manifest', () => {
  test('asks for exactly activeTab, scripting, sidePanel, contextMenus and storage', () => {
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(
      ['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage'].sort(),
    );
    expect(manifest.optional_permissions).toBeUndefined();
  });

  test('has no host permissions, no declared content scripts, no outside connections', () => {
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    // Content code is injected only when the user acts, never on page load.
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });

  test('lets no website load any of its files', () => {
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  test('gives extension pages a CSP that allows connections only to the extension itself', () => {
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:|unsafe-eval|unsafe-inline|\*/);
  });

  test('every file the manifest names exists, and every locale has its messages', () => {
    for (const path of [
      manifest.background?.service_worker,
      manifest.action?.default_popup,
      manifest.side_panel?.default_path,
      manifest.options_ui?.page,
    ]) {
      expect(path).toBeTruthy();
      expect(files).toContain(path);
    }
    expect(manifest.default_locale).toBe('en');
    expect(files).toContain('_locales/en/messages.json');
    expect(files).toContain('_locales/es/messages.json');
  });
});

describe('built scripts', () => {
  /**
   * A call of the global fetch (not a method that happens to be named fetch, such as minisearch's
   * `SearchableMap.fetch(key, init) {...}`), or any other way to talk to a server.
   */
  const NETWORK_APIS = [
    /(?<![\w$.])fetch\s*\((?![^()]*\)\s*\{)/,
    /\b(?:globalThis|window|self)\s*\.\s*fetch\b/,
    /\bXMLHttpRequest\b/,
    /\bWebSocket\b/,
    /\bsendBeacon\b/,
    /\bEventSource\b/,
    /\bimportScripts\s*\(/,
  ];
  const usesNetwork = (text: string) => NETWORK_APIS.some((re) => re.test(text));

  test('the network check catches the calls it is meant to catch', () => {
    for (const code of [
      'fetch("https://x")',
      'await fetch(url, {method:"POST"})',
      'window.fetch(u)',
      'new XMLHttpRequest',
      'navigator.sendBeacon(u,d)',
      'new WebSocket(u)',
    ]) {
      expect(usesNetwork(code), code).toBe(true);
    }
    expect(usesNetwork('class M{fetch(e,t){return 1}} m.fetch(k,init)')).toBe(false);
  });

  test('none of our scripts can reach the network', () => {
    const ours = files.filter((f) => f.endsWith('.js') && f !== AXE_CORE_FILE);
    expect(ours.length).toBeGreaterThan(4);
    const offenders = ours.filter((f) => usesNetwork(readFileSync(join(distDir, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  test("axe-core's own file is the one exception, and it is run with preload off", () => {
    expect(files).toContain(AXE_CORE_FILE);
    // axe-core can fetch style sheets (its preload step); the side panel turns that off.
    const runner = readFileSync(join(repoRoot, 'extension/sidepanel/axe.ts'), 'utf8');
    expect(runner).toMatch(/preload:\s*false/);
  });

  test('no script loads code from anywhere but the extension', () => {
    const scripts = files.filter((f) => /\.(js|html)$/.test(f) && f !== AXE_CORE_FILE);
    for (const file of scripts) {
      const text = readFileSync(join(distDir, file), 'utf8');
      expect(text, file).not.toMatch(/<script[^>]+src=["']https?:/);
      expect(text, file).not.toMatch(/import\s*\(\s*["']https?:/);
      expect(text, file).not.toMatch(/\bnew Function\s*\(|\beval\s*\(/);
    }
  });

  test('no dead duplicate chunks: every script is loaded by the manifest, a page or another script', () => {
    const texts = files
      .filter((f) => /\.(js|html|json)$/.test(f))
      .map((f) => ({ file: f, text: readFileSync(join(distDir, f), 'utf8') }));
    const scripts = files.filter((f) => f.endsWith('.js'));
    const unreferenced = scripts.filter((script) => {
      const name = script.split('/').pop() as string;
      return !texts.some(({ file, text }) => file !== script && text.includes(name));
    });
    expect(unreferenced).toEqual([]);
    expect(scripts.filter((f) => /\.ts-[\w-]+\.js$/.test(f) && f.includes('agent'))).toEqual([]);
  });

  // The service worker runs the checks; a page that bundled the rules would load ~240 KB for
  // nothing (an import from the checker's index once shared them into a chunk the panel loads).
  test.each(['popup/index.html', 'sidepanel/index.html', 'options/index.html'])(
    "%s loads none of the checker's rules",
    (page) => {
      const scripts = scriptsLoadedBy(distDir, page);
      expect(scripts.length).toBeGreaterThan(0);
      const withRules = scripts.filter((f) =>
        readFileSync(join(distDir, f), 'utf8').includes('sets-communication-expectations'),
      );
      expect(withRules).toEqual([]);
    },
  );

  test('the service worker does carry the rules', () => {
    const sw = files.filter(
      (f) =>
        f.endsWith('.js') &&
        readFileSync(join(distDir, f), 'utf8').includes('sets-communication-expectations'),
    );
    expect(sw.some((f) => f.includes('service-worker'))).toBe(true);
  });

  test('the content agent is one self-contained classic script', () => {
    const agent = readFileSync(join(distDir, 'content/agent.js'), 'utf8');
    expect(agent).not.toMatch(/^\s*import\s|\bimport\s*\(/m);
    expect(agent).not.toMatch(/^\s*export\s/m);
  });
});
