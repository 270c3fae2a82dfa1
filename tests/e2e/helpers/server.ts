import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Pages served with `?csp=strict` get a policy that forbids every script and style of the page's own. */
const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'; img-src 'none'";

export interface FixtureServer {
  origin: string;
  url(path: string): string;
  /** Adds a page served from memory, for tests that build their page in code. */
  add(path: string, html: string): void;
  close(): Promise<void>;
}

/** Serves tests/e2e/fixtures (and pages added in memory) on 127.0.0.1 at a free port. */
export async function serveFixtures(root = FIXTURES): Promise<FixtureServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (url.searchParams.get('csp') === 'strict') headers['content-security-policy'] = STRICT_CSP;
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const inMemory = pages.get(url.pathname);
    if (inMemory !== undefined) {
      res.writeHead(200, { ...headers, 'content-type': TYPES['.html'] });
      res.end(inMemory);
      return;
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      res.writeHead(200, {
        ...headers,
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    add: (path, html) => pages.set(`/${path.replace(/^\//, '')}`, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
