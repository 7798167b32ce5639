/**
 * Each document's Markdown form (directives for the editor's words), published beside its page:
 * written by the content loader with the document's rendering (src/content/rendered-html.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import config from 'virtual:reader/config';
import { pageCacheKey } from '../content/cache-key.ts';
import { readRenderedMarkdown } from '../content/rendered-html.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const documents = await getCollection('documents');
  return documents.map((doc) => ({ params: { stem: doc.id }, props: { digest: doc.digest }, cacheKey: pageCacheKey({ doc }) }));
};

export const GET: APIRoute = async ({ props }) =>
  new Response(await readRenderedMarkdown(config.cacheDir, props.digest as string | undefined), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
