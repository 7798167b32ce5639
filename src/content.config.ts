import { defineCollection } from 'astro:content';
import config from 'virtual:reader/config';
import { readerLoader } from './content/loader.ts';

const documents = defineCollection({
  loader: readerLoader({ directory: config.contentDir, originalBase: config.originalBase, base: config.base, strict: config.strict, verbose: config.verbose }),
});

export const collections = { documents };
