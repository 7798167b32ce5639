/**
 * A plain static file server for the built site, on a free loopback port: what any static host
 * does (index.html for folders, 404.html for misses), nothing more. `base` mounts the folder under
 * a path, as a sub-path host (GitHub Pages) would.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { HostHeaders } from './host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
  '.png': 'image/png',
};

export interface StaticServer {
  url: string;
  /** Paths requested so far, for tests that check what a page downloads. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * `headers` are sent with every response, or with the responses a function gives them for, as a
 * host sends them (e.g. the site's own `_headers`, tests/support/host-headers.ts).
 */
export async function serveStatic(root: string, base = '/', headersFor: Record<string, string> | HostHeaders = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const headers = typeof headersFor === 'function' ? headersFor(url.pathname) : headersFor;
    if (!url.pathname.startsWith(base)) return notFound();
    let file = path.join(root, decodeURIComponent(url.pathname.slice(base.length)));
    if (!file.startsWith(root)) return notFound();
    try {
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
      await stat(file);
    } catch {
      return notFound();
    }
    response.writeHead(200, { ...headers, 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);

    async function notFound() {
      const page = path.join(root, '404.html');
      try {
        await stat(page);
        response.writeHead(404, { ...headers, 'Content-Type': TYPES['.html']! });
        createReadStream(page).pipe(response);
      } catch {
        response.writeHead(404, headers).end('Not found');
      }
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
