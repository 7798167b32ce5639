/**
 * `/<stem>.html` in `astro dev`: the original site's address (`sudoplat.html`), which sends the
 * reader on to `/<stem>/` (src/build/document-files.ts, which puts the same page into a build's
 * output folder).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import config from 'virtual:reader/config';
import { redirectPage } from '../build/document-files.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const documents = await getCollection('documents');
  return documents.map((doc) => ({ params: { stem: doc.id }, props: { title: doc.data.title } }));
};

export const GET: APIRoute = ({ params, props }) =>
  new Response(redirectPage(params.stem!, props.title as string, config), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
