/**
 * `/<stem>.md` in `astro dev`: the document's Markdown form (directives for the editor's words),
 * written by the content loader with its rendering. A build puts the same file into the output
 * folder instead (src/build/document-files.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import config from 'virtual:reader/config';
import { readPublishedFile } from '../content/rendered-html.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const documents = await getCollection('documents');
  return documents.map((doc) => ({ params: { stem: doc.id }, props: { digest: doc.digest } }));
};

export const GET: APIRoute = async ({ props }) =>
  new Response(await readPublishedFile(config.cacheDir, props.digest as string | undefined, 'markdown'), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
