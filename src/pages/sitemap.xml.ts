/** `sitemap.xml`: the address of every page a reader opens (home, quoted works, each document). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import config from 'virtual:reader/config';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const documents = await getCollection('documents');
  const paths = [base, `${base}works/`, ...documents.map((doc) => `${base}${doc.id}/`).sort()];
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' },
    x('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' }, paths.map((path) => x('url', [x('loc', new URL(path, site ?? config.site).href)]))),
  ]);
  return new Response(`${toXml(tree)}\n`, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
