/**
 * A plain static file server for the built site, on a free loopback port: what any static host
 * does (index.html for folders, 404.html for misses), nothing more. `base` mounts the folder under
 * a path, as a sub-path host (GitHub Pages) would.
 */
import { readFile } from 'node:fs/promises';
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

/** The file, or the index.html of the folder it names. */
async function read(file: string): Promise<{ file: string; body: Buffer } | undefined> {
  for (const candidate of [file, path.join(file, 'index.html')]) {
    try {
      return { file: candidate, body: await readFile(candidate) };
    } catch {
      // Not there, or a folder: try its index.html.
    }
  }
  return undefined;
}

/**
 * `headersFor`: the headers sent with every response, or a function of the path that gives them,
 * as a host sends them (e.g. the site's own `_headers`, tests/support/host-headers.ts).
 */
export async function serveStatic(root: string, base = '/', headersFor: Record<string, string> | HostHeaders = {}): Promise<StaticServer> {
  const requests: string[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    requests.push(url.pathname);
    const headers = typeof headersFor === 'function' ? headersFor(url.pathname) : headersFor;
    const file = path.join(root, decodeURIComponent(url.pathname.slice(base.length)));
    const found = url.pathname.startsWith(base) && file.startsWith(root) ? await read(file) : undefined;
    const [status, served] = found ? [200, found] : [404, await read(path.join(root, '404.html'))];
    if (!served) return response.writeHead(404, headers).end('Not found');
    response.writeHead(status, { ...headers, 'Content-Type': TYPES[path.extname(served.file)] ?? 'application/octet-stream', 'Content-Length': served.body.length });
    response.end(served.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
