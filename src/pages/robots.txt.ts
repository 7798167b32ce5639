/**
 * `robots.txt`: everything may be crawled; the sitemap is named with its full address. Crawlers
 * read robots.txt only at a domain's root, so under a base path this file is a convenience to copy there.
 */
import type { APIRoute } from 'astro';
import config from 'virtual:reader/config';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap.xml`, site ?? config.site).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
