/** Each document's original text, as the editor wrote it. */
import config from 'virtual:reader/config';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { pageCacheKey } from '../content/cache-key.ts';
import { readDocumentText } from '../content/document-file.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const documents = await getCollection('documents');
  return documents.map((doc) => ({ params: { stem: doc.id }, props: { filePath: doc.filePath ?? '' }, cacheKey: pageCacheKey({ doc }) }));
};

export const GET: APIRoute = async ({ props }) =>
  new Response(await readDocumentText(config.root, props.filePath as string), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
