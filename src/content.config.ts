// Not from 'astro:content', which gives the same function: loading that module's runtime in the
// content sync cost every build 0.3-0.5 s (measured on one document), a tenth of a small site's build.
import { defineCollection } from 'astro/content/config';
import config from 'virtual:reader/config';
import { readerLoader } from './content/loader.ts';

const documents = defineCollection({
  loader: readerLoader({ directory: config.contentDir, originalBase: config.originalBase, base: config.base, strict: config.strict, verbose: config.verbose }),
});

export const collections = { documents };
