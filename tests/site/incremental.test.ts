/**
 * Incremental builds (astro.config.mjs `experimental.incrementalBuild`, each page's `cacheKey` from
 * src/content/cache-key.ts): a rebuild renders again what a change touches, the changed document's
 * pages and the pages that show its title, and copies the rest from the previous build.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildInFolder } from '../support/site.ts';

const work = mkdtempSync(path.join(tmpdir(), 'reader-incremental-'));
const content = path.join(work, 'content');
const dist = path.join(work, 'dist');

function documentText(title: string, links = ''): string {
  return `---\ntitle: ${title}\n---\n- Peter Myers\n\n(1) Anna Korff, The River Years, Meridian Press, London 1961:\n\n{p. 1} The river rose in the spring of that year. ${links}\n`;
}

/** Builds `content/` into `dist/` with the cache kept in `cache/`; returns the routes Astro copied. */
function build(): { copied: Set<string> } {
  const log = buildInFolder(work, content);
  return { copied: new Set([...log.matchAll(/─ (\S+) \((?:restored|cached)\)/g)].map((match) => match[1]!)) };
}

const page = (route: string) => readFileSync(path.join(dist, route), 'utf8');

describe('a rebuild after one document changes', () => {
  let first: ReturnType<typeof build>;
  let second: ReturnType<typeof build>;
  const before = new Map<string, string>();

  beforeAll(() => {
    mkdirSync(content);
    // In title order Alpha, Beta, Gamma, Zeta, Omega; Beta links to Zeta. Beta becomes Bravo, same place.
    writeFileSync(path.join(content, 'alpha.txt'), documentText('Alpha'));
    writeFileSync(path.join(content, 'beta.txt'), documentText('Beta', 'See zeta.html.'));
    writeFileSync(path.join(content, 'gamma.txt'), documentText('Gamma'));
    writeFileSync(path.join(content, 'zeta.txt'), documentText('Zeta'));
    writeFileSync(path.join(content, 'omega.txt'), documentText('Omega'));
    // Last in title order, so that removing it changes no other page's neighbours.
    writeFileSync(path.join(content, 'zzz.txt'), documentText('Zz'));
    first = build();
    for (const route of ['alpha.txt', 'alpha.md', 'zeta/index.html', 'omega/index.html']) before.set(route, page(route));
    writeFileSync(path.join(content, 'beta.txt'), documentText('Bravo', 'See zeta.html.'));
    writeFileSync(path.join(dist, 'left-over.js'), 'stale');
    second = build();
  }, 300_000);

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('renders everything the first time', () => {
    expect(first.copied.size).toBe(0);
  });

  it('renders the changed document again, in every form', () => {
    expect(second.copied).not.toContain('/beta/index.html');
    expect(page('beta/index.html')).toContain('Bravo');
    expect(page('beta.md')).toContain('title: "Bravo"');
    expect(page('beta.txt')).toContain('title: Bravo');
    expect(page('beta.html')).toContain('>Bravo</a>');
  });

  it('renders again the pages that show its title: the neighbours’ links and the backlinks', () => {
    for (const route of ['/alpha/index.html', '/gamma/index.html', '/zeta/index.html']) expect(second.copied).not.toContain(route);
    expect(page('alpha/index.html')).toMatch(/rel="next"[^>]*>.*?Bravo/s);
    expect(page('gamma/index.html')).toMatch(/rel="prev"[^>]*>.*?Bravo/s);
    // Zeta is no neighbour of Beta: only its backlink changes.
    expect(page('zeta/index.html')).toMatch(/data-backlink="beta"[^>]*>Bravo</);
  });

  it('copies the pages the change does not touch, as they were', () => {
    expect(second.copied).toContain('/omega/index.html');
    expect(page('alpha.txt')).toBe(before.get('alpha.txt'));
    expect(page('alpha.md')).toBe(before.get('alpha.md'));
    expect(page('omega/index.html')).toBe(before.get('omega/index.html'));
  });

  it('removes from the output folder what the rebuild did not make: a file left there, a removed document’s pages', () => {
    expect(existsSync(path.join(dist, 'left-over.js'))).toBe(false);
    expect(existsSync(path.join(dist, 'zzz/index.html'))).toBe(true);
    unlinkSync(path.join(content, 'zzz.txt'));
    build();
    for (const route of ['zzz/index.html', 'zzz.md', 'zzz.txt', 'zzz.html']) expect(existsSync(path.join(dist, route))).toBe(false);
    expect(existsSync(path.join(dist, 'zzz'))).toBe(false);
    // Public files and the search index are written again.
    expect(existsSync(path.join(dist, '_headers'))).toBe(true);
    expect(existsSync(path.join(dist, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('leaves an unchanged document’s files as they are, and makes one that went missing again', () => {
    const made = statSync(path.join(dist, 'omega.md')).mtimeMs;
    unlinkSync(path.join(dist, 'alpha.txt'));
    build();
    expect(statSync(path.join(dist, 'omega.md')).mtimeMs).toBe(made);
    expect(page('alpha.txt')).toBe(before.get('alpha.txt'));
  });

  it('starts from an empty output folder when it does not hold the last finished build', () => {
    // As a build that failed half-way, or another one into the same folder, leaves it.
    unlinkSync(path.join(dist, '.reader-build'));
    writeFileSync(path.join(dist, 'alpha.md'), 'not this page');
    const third = build();
    expect(third.copied).toContain('/omega/index.html');
    expect(page('alpha.md')).toBe(before.get('alpha.md'));
  });
});
