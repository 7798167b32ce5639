import { defineConfig } from 'vitest/config';

/** Tests that need no site: the parser, the pipeline, the citations, the commands. Fast. */
const UNIT = ['parser', 'render', 'hardening', 'cli', 'content', 'citation', 'settings', 'search-text', 'checks'].map((folder) => `tests/${folder}/**/*.test.ts`);

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 600_000,
    projects: [
      { extends: true, test: { name: 'unit', include: UNIT } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.test.ts'],
          exclude: UNIT,
          // Browser tests build the site once (tests/setup/build-site.ts) and share it.
          globalSetup: ['tests/setup/build-site.ts'],
        },
      },
    ],
  },
});
