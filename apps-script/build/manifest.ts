import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/** The only scopes the add-on may ask for: this spreadsheet, and menus/sidebars/dialogs in it. */
export const ALLOWED_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
] as const;

/**
 * Copies appsscript.json into the build after checking least privilege: exactly the two scopes,
 * no Advanced Services, no libraries, V8. A wider manifest fails the build rather than reaching users.
 */
export function appsScriptManifest(source: string): Plugin {
  return {
    name: 'fsp:apps-script-manifest',
    generateBundle() {
      const text = readFileSync(source, 'utf8');
      const problems = manifestProblems(JSON.parse(text));
      if (problems.length > 0) this.error(`${source}: ${problems.join('; ')}`);
      this.emitFile({ type: 'asset', fileName: 'appsscript.json', source: text });
    },
  };
}

export function manifestProblems(manifest: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const scopes = manifest.oauthScopes;
  if (!Array.isArray(scopes) || [...scopes].sort().join() !== [...ALLOWED_SCOPES].sort().join()) {
    problems.push(`oauthScopes must be exactly ${ALLOWED_SCOPES.join(' and ')}`);
  }
  const dependencies = (manifest.dependencies ?? {}) as Record<string, unknown[] | undefined>;
  if ((dependencies.enabledAdvancedServices ?? []).length > 0)
    problems.push('no Advanced Services');
  if ((dependencies.libraries ?? []).length > 0) problems.push('no Apps Script libraries');
  if (manifest.runtimeVersion !== 'V8') problems.push('runtimeVersion must be "V8"');
  for (const key of ['webapp', 'executionApi', 'urlFetchWhitelist']) {
    if (key in manifest) problems.push(`no "${key}" section`);
  }
  return problems;
}
