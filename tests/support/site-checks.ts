/**
 * Checks that every built site must pass, shared by the seed site's tests and the hostile
 * document's: HTML validation, links and #anchors, no inline code, and the Content-Security-Policy
 * of public/_headers in Chromium.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { HtmlValidate } from 'html-validate';
import { visit } from 'unist-util-visit';
import { launchBrowser } from './browser.ts';
import { crawl, parseHtml } from './crawl.ts';
import type { HostHeaders } from './host-headers.ts';
import { htmlValidateConfig } from './htmlvalidate.config.ts';
import { serveStatic } from './server.ts';

/** Every HTML page of a built site, relative to its folder, sorted. */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => name.split(path.sep).join('/'))
    .sort();
}

/** The page's address under the server's root: `beria/index.html` -> `beria/`. */
export function pageAddress(page: string): string {
  return page.replace(/(^|\/)index\.html$/, '$1');
}

/** html-validate's errors on every page, as `page:line:column rule message`. */
export async function htmlErrors(dist: string): Promise<string[]> {
  const validator = new HtmlValidate(htmlValidateConfig);
  const errors: string[] = [];
  for (const page of builtPages(dist)) {
    const report = await validator.validateString(readFileSync(path.join(dist, page), 'utf8'), page);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity === 2) errors.push(`${page}:${message.line}:${message.column} ${message.ruleId} ${message.message}`);
      }
    }
  }
  return errors;
}

/** Links, assets and #anchors that do not resolve, crawling from every built page. */
export async function brokenLinks(dist: string): Promise<string[]> {
  const server = await serveStatic(dist);
  try {
    const origin = new URL(server.url).origin;
    const result = await crawl(origin, '/', builtPages(dist).map((page) => `/${pageAddress(page)}`));
    return [
      ...result.broken.map(({ url, status, referrers }) => `${status} ${url} (linked from ${referrers.join(', ') || 'the page list'})`),
      ...result.missingFragments.map(({ link, referrer }) => `no id for ${link} (linked from ${referrer})`),
    ];
  } finally {
    await server.close();
  }
}

/**
 * Code or style a Content-Security-Policy without 'unsafe-inline' would block: inline scripts,
 * <style> elements, style and event-handler attributes, javascript: URLs.
 */
export function inlineCode(dist: string): string[] {
  const found: string[] = [];
  for (const page of builtPages(dist)) {
    visit(parseHtml(readFileSync(path.join(dist, page), 'utf8')), 'element', (element: Element) => {
      const where = `${page}:${element.position?.start.line}`;
      const type = String(element.properties.type ?? '');
      // JSON data blocks (application/ld+json) are not run, so CSP leaves them alone.
      if (element.tagName === 'script' && element.properties.src === undefined && !/json/.test(type)) found.push(`${where} inline <script>`);
      if (element.tagName === 'style') found.push(`${where} <style>`);
      for (const [name, value] of Object.entries(element.properties)) {
        if (name === 'style' || /^on/i.test(name)) found.push(`${where} ${name} attribute on <${element.tagName}>`);
        if (/^\s*javascript:/i.test(String(value))) found.push(`${where} javascript: URL in ${name}`);
      }
    });
  }
  return found;
}

/**
 * Loads every page in Chromium with the `headers` a host sends for each path, and returns the
 * Content-Security-Policy violations it meets: `securitypolicyviolation` events and the console's
 * "Refused to ..." errors. Where a page has a search field, a query is typed so that Pagefind and
 * its WebAssembly load.
 */
export async function cspViolations(dist: string, headers: HostHeaders, pages = builtPages(dist)): Promise<string[]> {
  const server = await serveStatic(dist, '/', headers);
  const browser = await launchBrowser();
  const violations: string[] = [];
  try {
    const context = await browser.newContext();
    // Init scripts run before the page's own and are not subject to its policy.
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    for (const page of pages) {
      const tab = await context.newPage();
      const refused: string[] = [];
      tab.on('console', (message) => {
        if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      await tab.goto(server.url + pageAddress(page), { waitUntil: 'networkidle' });
      const search = tab.locator('input[type="search"]:not([disabled])').first();
      if ((await search.count()) > 0) {
        await search.fill('the');
        await tab.waitForLoadState('networkidle');
        await tab.waitForTimeout(300);
      }
      const events = await tab.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
      violations.push(...[...new Set([...events, ...refused])].map((violation) => `${page}: ${violation}`));
      await tab.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return violations;
}
