// @ts-check
import { defineConfig } from 'astro/config';
import { config } from './src/config.ts';
import reader from './src/integration.ts';

// The reader's settings live in src/config.ts; this file only assembles the site.
export default defineConfig({
  site: config.site,
  base: config.base,
  trailingSlash: 'ignore',
  // Stylesheets and scripts as files, never inlined (Astro inlines those under
  // assetsInlineLimit): the site passes a Content-Security-Policy without 'unsafe-inline'
  // (public/_headers).
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [reader()],
  // A rebuild copies the pages whose data and code are unchanged (each page's `cacheKey`,
  // src/content/cache-key.ts) instead of rendering them again.
  experimental: { incrementalBuild: true },
});
