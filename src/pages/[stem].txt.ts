/** Each document's original text, as the editor wrote it. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { pageCacheKey } from '../content/cache-key.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const documents = await getCollection('documents');
  return documents.map((doc) => ({ params: { stem: doc.id }, props: { text: doc.body ?? '' }, cacheKey: pageCacheKey({ doc }) }));
};

export const GET: APIRoute = ({ props }) =>
  new Response(props.text as string, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
