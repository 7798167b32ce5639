/**
 * Crawls a served site the way a link checker does: from a few start addresses, fetches every
 * address on the same origin that a page, stylesheet or sitemap names (href, src, srcset, meta
 * refresh, CSS url(), sitemap <loc>), and checks that each `#fragment` names an id on its page.
 */
import type { Element, Root } from 'hast';
import { rehype } from 'rehype';
import { selectAll } from 'hast-util-select';

export interface CrawledResource {
  url: string;
  status: number;
  contentType: string;
  body: string;
  /** Pages and files that named this address. */
  referrers: string[];
}

export interface CrawlResult {
  resources: Map<string, CrawledResource>;
  /** Addresses that did not answer 200, with who named them. */
  broken: Array<{ url: string; status: number; referrers: string[] }>;
  /** Links whose `#fragment` names no element on the target page. */
  missingFragments: Array<{ link: string; referrer: string }>;
  /** Same-origin addresses outside the site's base path. */
  outsideBase: Array<{ url: string; referrer: string }>;
}

export async function crawl(origin: string, base: string, start: string[]): Promise<CrawlResult> {
  const resources = new Map<string, CrawledResource>();
  const referrers = new Map<string, Set<string>>();
  const fragments: Array<{ link: URL; referrer: string }> = [];
  const outsideBase: CrawlResult['outsideBase'] = [];
  const queue = start.map((address) => new URL(address, origin).href);
  for (const address of queue) referrers.set(address, new Set());

  const enqueue = (raw: string, from: string) => {
    let link: URL;
    try {
      link = new URL(raw, from);
    } catch {
      return;
    }
    if (link.origin !== origin) return;
    if (!link.pathname.startsWith(base)) outsideBase.push({ url: link.href, referrer: from });
    if (link.hash.length > 1) fragments.push({ link: new URL(link.href), referrer: from });
    link.hash = '';
    const key = link.href;
    if (!referrers.has(key)) {
      referrers.set(key, new Set());
      queue.push(key);
    }
    referrers.get(key)!.add(from);
  };

  for (let index = 0; index < queue.length; index++) {
    const address = queue[index]!;
    const response = await fetch(address, { redirect: 'manual' });
    const contentType = response.headers.get('content-type') ?? '';
    const body = await response.text();
    resources.set(address, { url: address, status: response.status, contentType, body, referrers: [] });
    if (response.status !== 200) continue;
    if (contentType.includes('html')) for (const link of htmlLinks(parseHtml(body))) enqueue(link, address);
    else if (contentType.includes('css')) for (const match of body.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) enqueue(match[1]!, address);
    else if (contentType.includes('xml')) for (const match of body.matchAll(/<loc>([^<]+)<\/loc>/g)) enqueue(match[1]!, address);
  }
  for (const [address, from] of referrers) {
    const resource = resources.get(address);
    if (resource) resource.referrers = [...from];
  }

  const idsOf = new Map<string, Set<string>>();
  const missingFragments: CrawlResult['missingFragments'] = [];
  for (const { link, referrer } of fragments) {
    const page = new URL(link.href);
    page.hash = '';
    const resource = resources.get(page.href);
    if (!resource || resource.status !== 200 || !resource.contentType.includes('html')) continue;
    let ids = idsOf.get(page.href);
    if (!ids) {
      ids = new Set(selectAll('[id]', parseHtml(resource.body)).map((element) => String(element.properties.id)));
      idsOf.set(page.href, ids);
    }
    if (!ids.has(decodeURIComponent(link.hash.slice(1)))) missingFragments.push({ link: link.href, referrer });
  }

  const broken = [...resources.values()].filter((resource) => resource.status !== 200).map(({ url, status, referrers }) => ({ url, status, referrers }));
  return { resources, broken, missingFragments, outsideBase };
}

/** Every address an HTML page asks the browser to fetch or lets the reader follow. */
export function htmlLinks(tree: Root): string[] {
  const links: string[] = [];
  for (const element of selectAll('[href], [src], [srcset], meta[http-equiv]', tree) as Element[]) {
    const { href, src, srcSet, httpEquiv, content } = element.properties;
    if (typeof href === 'string') links.push(href);
    if (typeof src === 'string') links.push(src);
    if (typeof srcSet === 'string') for (const candidate of srcSet.split(',')) links.push(candidate.trim().split(/\s+/)[0]!);
    const refresh = /^\s*\d+\s*;\s*url\s*=\s*(.+)$/i.exec(typeof content === 'string' ? content : '');
    if (String(httpEquiv).toLowerCase() === 'refresh' && refresh) links.push(refresh[1]!.trim());
  }
  return links;
}

export function parseHtml(html: string): Root {
  return rehype().parse(html);
}
