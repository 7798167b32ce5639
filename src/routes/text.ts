/**
 * `/<stem>.txt` in `astro dev`: the document's text as the editor wrote it (decoded as the loader
 * read it). A build puts the same file into the output folder instead (src/build/document-files.ts).
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
  new Response(await readPublishedFile(config.cacheDir, props.digest as string | undefined, 'text'), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
