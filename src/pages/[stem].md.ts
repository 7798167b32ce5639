/** Each document's Markdown form (directives for the editor's words), published beside its page. */
import config from 'virtual:reader/config';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { pageCacheKey } from '../content/cache-key.ts';
import { readDocumentText } from '../content/document-file.ts';
import { toMarkdown } from '../markdown/markdown.ts';
import { VFile } from 'vfile';
import { parseDocument } from '../parser/index.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const documents = await getCollection('documents');
  return documents.map((doc) => ({ params: { stem: doc.id }, props: { filePath: doc.filePath ?? '' }, cacheKey: pageCacheKey({ doc }) }));
};

export const GET: APIRoute = async ({ props }) =>
  new Response(toMarkdown(parseDocument(new VFile({ value: await readDocumentText(config.root, props.filePath as string) }))), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
