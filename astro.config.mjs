// @ts-check
import { defineConfig } from 'astro/config';
import reader from './src/integration.ts';

// The reader's options are listed in src/config.ts. BASE_PATH, SITE_URL, CONTENT_DIR and
// READER_STRICT override `base`, `site`, `contentDir` and `strict` at build time.
export default defineConfig({
  site: 'http://localhost:4321',
  trailingSlash: 'ignore',
  // Stylesheets and scripts as files, never inlined (Astro inlines those under
  // assetsInlineLimit): the site passes a Content-Security-Policy without 'unsafe-inline'
  // (public/_headers). Pages are rendered 8 at a time: one at a time, the build waited on each
  // page's file write (a third of the pages phase on 100 documents).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [
    reader({
      title: 'Annotated Reader',
      description: 'Excerpts from books, with the editor’s notes in the margin and the books’ pages cited.',
      editor: 'Peter Myers',
      language: 'en',
      originalBase: 'http://mailstar.net/',
    }),
  ],
  // A rebuild copies the pages whose data and code are unchanged (each page's `cacheKey`,
  // src/content/cache-key.ts) instead of rendering them again.
  experimental: { incrementalBuild: true },
});
