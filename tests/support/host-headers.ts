/**
 * The site's `_headers` file (public/_headers) read as Netlify and Cloudflare Pages read it: a path
 * at the start of a line, `*` standing for any characters, then its `Name: value` lines indented.
 * Every rule whose path matches a request adds its headers.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type Headers = Record<string, string>;
/** The response headers for a path, as the host sends them. */
export type HostHeaders = (pathname: string) => Headers;

interface Rule {
  path: RegExp;
  headers: Headers;
}

/** The file is read again whenever it changed, as a host serves the latest build. */
export function hostHeaders(dist: string): HostHeaders {
  let read: { changed: number; rules: Rule[] } | undefined;
  return (pathname) => {
    const changed = statSync(path.join(dist, '_headers')).mtimeMs;
    if (read?.changed !== changed) read = { changed, rules: readRules(dist) };
    return headersFor(read.rules, pathname);
  };
}

function headersFor(rules: Rule[], pathname: string): Headers {
  return Object.assign({}, ...rules.filter((rule) => rule.path.test(pathname)).map((rule) => rule.headers));
}

function readRules(dist: string): Rule[] {
  const rules: Rule[] = [];
  for (const line of readFileSync(path.join(dist, '_headers'), 'utf8').split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    const header = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (header) rules.at(-1)!.headers[header[1]!] = header[2]!.trim();
    else rules.push({ path: pathPattern(line.trim()), headers: {} });
  }
  return rules;
}

function pathPattern(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

/**
 * Files of a built site that the `_headers` rules misdescribe: sent as gzip but not gzip, or one of
 * Pagefind's gzip files (for Pagefind to unpack otherwise) sent without it.
 */
export function misencoded(dist: string): string[] {
  const rules = readRules(dist);
  const found: string[] = [];
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(dist, file);
    if (!statSync(full).isFile()) continue;
    const pathname = `/${file.split(path.sep).join('/')}`;
    const gzip = readFileSync(full).subarray(0, 2).equals(GZIP_MAGIC);
    const sentAsGzip = headersFor(rules, pathname)['Content-Encoding'] === 'gzip';
    if (sentAsGzip && !gzip) found.push(`${pathname} is sent as gzip but is not`);
    if (!sentAsGzip && PAGEFIND_GZIP.test(pathname)) found.push(`${pathname} is gzip but sent without Content-Encoding`);
  }
  return found;
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
/** Pagefind's gzip files, by path: index, fragment and filter chunks, its metadata and its WebAssembly. */
export const PAGEFIND_GZIP = /\.pf_(index|fragment|filter|meta)$|\/wasm\.[^/]+\.pagefind$/;
