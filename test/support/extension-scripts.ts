import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every script a built extension page (or the service worker) loads: its entry scripts and the
 * scripts they import, statically or dynamically, followed through the chunks. Paths are relative
 * to `distDir`.
 */
export function scriptsLoadedBy(distDir: string, entry: string): string[] {
  const queue = entry.endsWith('.html')
    ? [...readFileSync(join(distDir, entry), 'utf8').matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map(
        (m) => m[1] as string,
      )
    : [entry];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(distDir, file), 'utf8');
    const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const m of code.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([^"']+\.js)["']/g)) {
      queue.push(`${dir}${m[1]}`);
    }
  }
  return [...seen];
}
