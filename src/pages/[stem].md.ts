/** Each document's Markdown form (directives for the editor's words), published beside its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { pageCacheKey } from '../content/cache-key.ts';
import { toMarkdown } from '../markdown/markdown.ts';
import { fromText } from '../parser/index.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const documents = await getCollection('documents');
  return documents.map((doc) => ({ params: { stem: doc.id }, props: { text: doc.body ?? '' }, cacheKey: pageCacheKey({ doc }) }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(toMarkdown(fromText(props.text as string)), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
