import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * Two fixes to what @crxjs/vite-plugin 3.0.0 writes when it builds a `?script&iife` import,
 * applied after the build. Since content-script-iife.ts builds the agent instead, they find
 * nothing to do; they stay as guards, should a script reach crxjs's handling again:
 *
 * 1. It lists every script injected with `executeScript` under `web_accessible_resources` for all
 *    http(s) sites (crxjs issue #1130), which lets any website load the file and learn the
 *    extension is installed. `executeScript({ files })` does not need it, so the entry goes.
 * 2. For each `?script&iife` import it also leaves the module build of the same script,
 *    `assets/<name>.ts-<hash>.js`, which nothing loads. Those dead chunks are deleted.
 */
export function extensionPostBuild(): Plugin {
  let outDir = '';
  return {
    name: 'fsp:extension-post-build',
    apply: 'build',
    configResolved(config: ResolvedConfig) {
      outDir = join(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const removedResources = removeScriptResources(outDir);
        const deleted = deleteDeadIifeChunks(outDir);
        if (removedResources.length > 0 || deleted.length > 0) {
          console.log(
            `[fsp:extension-post-build] web_accessible_resources removed: ${removedResources.join(', ') || 'none'}; dead chunks deleted: ${deleted.join(', ') || 'none'}`,
          );
        }
      },
    },
  };
}

interface WebAccessibleResource {
  resources: string[];
  matches?: string[];
  extension_ids?: string[];
  use_dynamic_url?: boolean;
}

/** Drops script files from web_accessible_resources; returns what was removed. */
export function removeScriptResources(outDir: string): string[] {
  const manifestPath = join(outDir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    web_accessible_resources?: WebAccessibleResource[];
  };
  const removed: string[] = [];
  const kept: WebAccessibleResource[] = [];
  for (const entry of manifest.web_accessible_resources ?? []) {
    const resources = entry.resources.filter((r) => {
      const script = /\.m?js$/.test(r);
      if (script) removed.push(r);
      return !script;
    });
    if (resources.length > 0) kept.push({ ...entry, resources });
  }
  if (kept.length > 0) manifest.web_accessible_resources = kept;
  else delete manifest.web_accessible_resources;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
  return removed;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/** Deletes `assets/<name>.ts-<hash>.js` when `content/<name>.js` exists and no file mentions the chunk. */
export function deleteDeadIifeChunks(outDir: string): string[] {
  const contentDir = join(outDir, 'content');
  const assetsDir = join(outDir, 'assets');
  if (!existsSync(contentDir) || !existsSync(assetsDir)) return [];
  const iifeNames = new Set(
    readdirSync(contentDir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => f.replace(/\.js$/, '')),
  );
  const candidates = readdirSync(assetsDir).filter((f) => {
    const match = /^(.+)\.ts-[\w-]+\.js$/.exec(f);
    return match?.[1] !== undefined && iifeNames.has(match[1]);
  });
  if (candidates.length === 0) return [];
  const texts = filesUnder(outDir)
    .filter((f) => /\.(m?js|html|json)$/.test(f))
    .map((f) => ({ file: f, text: readFileSync(f, 'utf8') }));
  const deleted: string[] = [];
  for (const chunk of candidates) {
    const path = join(assetsDir, chunk);
    const mentioned = texts.some(({ file, text }) => file !== path && text.includes(chunk));
    if (mentioned) continue;
    rmSync(path);
    deleted.push(relative(outDir, path));
  }
  return deleted;
}
