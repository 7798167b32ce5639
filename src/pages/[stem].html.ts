/**
 * The original site's addresses (`sudoplat.html`) keep working: each document also answers at
 * `/<stem>.html` with a small page that sends the reader on to `/<stem>/`. Static hosts cannot
 * redirect by themselves, so the page uses a meta refresh (no script, allowed by a strict CSP),
 * names the canonical address for search engines, and shows a link for anyone the refresh skips.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';
import config from 'virtual:reader/config';
import { pageCacheKey } from '../content/cache-key.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const documents = await getCollection('documents');
  return documents.map((doc) => ({ params: { stem: doc.id }, props: { title: doc.data.title }, cacheKey: pageCacheKey({ doc, site: config.site }) }));
};

export const GET: APIRoute = ({ params, props, site }) => {
  const target = `${import.meta.env.BASE_URL}${params.stem}/`;
  const canonical = new URL(target, site ?? config.site).href;
  const title = props.title as string;
  const page = h('html', { lang: config.language }, [
    h('head', [
      h('meta', { charset: 'utf-8' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', `${title} · ${config.title}`),
      h('meta', { httpEquiv: 'refresh', content: `0; url=${target}` }),
      h('link', { rel: 'canonical', href: canonical }),
      h('meta', { name: 'robots', content: 'noindex' }),
      // Without it, browsers ask for /favicon.ico at the domain's root, outside a base path.
      h('link', { rel: 'icon', href: `${import.meta.env.BASE_URL}favicon.svg`, type: 'image/svg+xml' }),
    ]),
    h('body', [h('p', ['This page is now at ', h('a', { href: target }, title), '.'])]),
  ]);
  const html = toHtml({ type: 'root', children: [{ type: 'doctype' }, page] }, { upperDoctype: true });
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
