// @ts-check
import { defineConfig } from 'astro/config';
import { config } from './src/config.ts';
import reader from './src/integration.ts';

// The reader's settings live in src/config.ts; this file only assembles the site.
export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [reader()],
});
