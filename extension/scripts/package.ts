// `npm run package`: zips dist/extension into a file ready to upload to the Chrome Web Store.
// The build runs first (package.json); this refuses to zip a development build or one that
// asks for more than the extension needs.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { PERMISSIONS } from '../manifest';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const distDir = join(root, 'dist/extension');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const manifest = JSON.parse(readFileSync(join(distDir, 'manifest.json'), 'utf8')) as {
  version: string;
  permissions?: string[];
  host_permissions?: string[];
  web_accessible_resources?: unknown[];
  content_security_policy?: { extension_pages?: string };
};
const problems: string[] = [];
if (JSON.stringify(manifest.permissions) !== JSON.stringify(PERMISSIONS)) {
  problems.push(
    `permissions are ${JSON.stringify(manifest.permissions)}, expected ${JSON.stringify(PERMISSIONS)}`,
  );
}
if (manifest.host_permissions?.length) problems.push('the manifest asks for host permissions');
if (manifest.web_accessible_resources?.length)
  problems.push('the manifest has web_accessible_resources');
if (!manifest.content_security_policy?.extension_pages?.includes("connect-src 'self'")) {
  problems.push("no connect-src 'self' content security policy: is this a development build?");
}
if (problems.length > 0) {
  console.error(`Not packaging dist/extension:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}

const files: Record<string, Uint8Array> = {};
for (const file of filesUnder(distDir)) {
  // Source maps are not shipped.
  if (file.endsWith('.map')) continue;
  files[relative(distDir, file).split('\\').join('/')] = readFileSync(file);
}
const zip = zipSync(files, { level: 9 });
const out = join(root, 'dist', `family-school-partnership-toolkit-${manifest.version}.zip`);
writeFileSync(out, zip);
console.log(
  `Wrote ${relative(root, out)} (${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(0)} KB)`,
);
