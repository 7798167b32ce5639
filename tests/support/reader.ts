/**
 * What the browser tests share (reading, search): a built site served over HTTP, one Chromium, and
 * pages opened at a phone's or a laptop's width.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { hostHeaders } from './host-headers.ts';
import { type StaticServer, serveStatic } from './server.ts';

export const PHONE = { width: 390, height: 844 } as const;
export const LAPTOP = { width: 1280, height: 900 } as const;

export interface Reader {
  server: StaticServer;
  browser: Browser;
  dist: string;
  /** Script errors seen on any page so far: each test file expects none. */
  errors: string[];
  /** A fresh context (own storage) at a viewport, with the clipboard allowed. */
  context(viewport: { width: number; height: number }, options?: BrowserContextOptions): Promise<BrowserContext>;
  /** A page of the site (`beria/`), in a fresh context; script errors are kept in `errors`. */
  open(pathname: string, viewport: { width: number; height: number }, options?: BrowserContextOptions): Promise<Page>;
  /**
   * The paths a page from `open` has asked for so far, in order. Unlike the server's log, it holds
   * nothing from another page, such as a late request from a page a test before has closed.
   */
  requestsOf(page: Page): string[];
  close(): Promise<void>;
}

/**
 * The reader of a whole test file: started before its tests and closed after them, with no script
 * error allowed on any page it opened. It stands in for the started reader (a proxy), so tests use
 * it as one: `const reader = useReader(); ... reader.open('beria/', PHONE)`.
 */
export function useReader(site: { dist?: () => string; base?: string; withHeaders?: boolean } = {}): Reader {
  let started: Reader | undefined;
  // `dist` is asked for once the file's earlier beforeAll hooks (a build of its own) have run.
  beforeAll(async () => {
    started = await startReader(site.dist?.() ?? inject('dist'), site.base, site.withHeaders);
  });
  afterAll(async () => {
    expect(started?.errors).toEqual([]);
    await started?.close();
  });
  return new Proxy({} as Reader, {
    get: (_, key) => {
      if (!started) throw new Error('The reader starts in beforeAll: use it inside tests or hooks');
      return Reflect.get(started, key);
    },
  });
}

/**
 * Serves `dist` (the suite's build unless given) under `base`, as a plain static host would, or
 * `withHeaders`, as Netlify or Cloudflare Pages would: with the headers of the site's `_headers`.
 */
export async function startReader(dist = inject('dist'), base = '/', withHeaders = false): Promise<Reader> {
  const server = await serveStatic(dist, base, withHeaders ? hostHeaders(dist) : {});
  const browser = await launchBrowser();
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  const requests = new WeakMap<Page, string[]>();
  const context = async (viewport: { width: number; height: number }, options: BrowserContextOptions = {}) => {
    const created = await browser.newContext({ viewport, ...options });
    await created.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
    contexts.push(created);
    return created;
  };
  return {
    server,
    browser,
    dist,
    errors,
    context,
    async open(pathname, viewport, options) {
      const page = await (await context(viewport, options)).newPage();
      page.on('pageerror', (error) => errors.push(`${pathname}: ${error.message}`));
      const asked: string[] = [];
      requests.set(page, asked);
      page.on('request', (request) => asked.push(new URL(request.url()).pathname));
      await page.goto(new URL(pathname, server.url).href);
      return page;
    },
    requestsOf(page) {
      const asked = requests.get(page);
      if (!asked) throw new Error('requestsOf: this page was not opened with reader.open()');
      return asked;
    },
    async close() {
      await Promise.all(contexts.map((created) => created.close()));
      await browser.close();
      await server.close();
    },
  };
}

/** The stems of the built document pages (folders whose index.html carries data-document). */
export function documentStems(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .filter((name) => {
      try {
        return readFileSync(path.join(dist, name, 'index.html'), 'utf8').includes('data-document=');
      } catch {
        return false;
      }
    });
}

/** Waits until the page's module scripts have run (they mark page numbers as expandable). */
export async function scriptsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('a.page-link[aria-expanded]') !== null || !document.querySelector('a.page-link'));
}

/** Reads what the page put on the clipboard. */
export function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** `November 24, 2026`, as the citations write the day of access. */
export function today(): string {
  return new Date().toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}
