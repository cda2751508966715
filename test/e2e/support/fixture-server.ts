import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '../fixtures');

/** Pages the server builds on the fly, for sizes no one wants in the repository. */
export type Generated = Record<string, () => string>;

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Every request the server has answered, in order, as paths. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves test/e2e/fixtures on 127.0.0.1 only, on a free port, and logs every request. */
export async function startFixtureServer(generated: Generated = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const make = generated[path];
    let body: string | undefined;
    if (make) body = make();
    else {
      const file = normalize(join(fixturesDir, path));
      if (file.startsWith(fixturesDir)) {
        try {
          body = readFileSync(file, 'utf8');
        } catch {
          body = undefined;
        }
      }
    }
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type =
      path.endsWith('.pdf') || path.startsWith('/download/')
        ? 'application/pdf'
        : path.endsWith('.txt')
          ? 'text/plain; charset=utf-8'
          : path.endsWith('.md')
            ? 'text/markdown; charset=utf-8'
            : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? path : `/${path}`}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
