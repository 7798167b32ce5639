/**
 * The site's settings, in one place. Edit the defaults here; `BASE_PATH`, `SITE_URL` and
 * `CONTENT_DIR` in the environment override the base path, the public address and the folder of
 * documents at build time (`BASE_PATH=/reader npm run build`); `READER_STRICT=1` turns on strict mode.
 */
export interface ReaderConfig {
  /** The name of the collection, shown in the header and in page titles. */
  title: string;
  /** A line under the title on the home page. */
  description: string;
  /** Who compiled the collection; pages name it as author where a document names no editor. */
  editor?: string;
  /** Language of the documents (the `lang` of every page). */
  language: string;
  /** Where the editor's original pages live; cross-references to documents not in content/ go there. */
  originalBase: string;
  /** The path the site is served under, e.g. `/reader/`; `/` at a domain's root. */
  base: string;
  /** The public address of the site, for canonical URLs and the sitemap. */
  site: string;
  /** The folder of `.txt` documents, relative to the project root. */
  contentDir: string;
  /** Fail the build on any warning about the documents (for a content repository's CI). */
  strict: boolean;
}

const env = (typeof process === 'undefined' ? {} : process.env) as Record<string, string | undefined>;

export const config: ReaderConfig = {
  title: 'Annotated Reader',
  description: 'Excerpts from books, with the editor’s notes in the margin and the books’ pages cited.',
  editor: 'Peter Myers',
  language: 'en',
  originalBase: 'http://mailstar.net/',
  base: normalizeBase(env.BASE_PATH ?? '/'),
  site: env.SITE_URL ?? 'http://localhost:4321',
  contentDir: env.CONTENT_DIR ?? 'content',
  strict: ['1', 'true'].includes(env.READER_STRICT ?? ''),
};

/** `/reader` -> `/reader/`; `` -> `/`. */
export function normalizeBase(value: string): string {
  const trimmed = value.trim().replace(/^\/*|\/*$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
