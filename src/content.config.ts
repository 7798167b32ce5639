import { defineCollection } from 'astro:content';
import { config } from './config.ts';
import { readerLoader } from './content/loader.ts';

const documents = defineCollection({
  loader: readerLoader({ directory: config.contentDir, originalBase: config.originalBase, base: config.base }),
});

export const collections = { documents };
