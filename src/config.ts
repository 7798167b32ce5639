/**
 * The reader's settings: the options of `reader()` in astro.config.mjs, checked here, with what
 * the environment overrides at build time (`BASE_PATH=/reader npm run build`):
 *   BASE_PATH -> base, SITE_URL -> site, CONTENT_DIR -> contentDir, READER_STRICT=1 -> strict.
 * The integration (src/integration.ts) hands them to the site's code as the module
 * `virtual:reader/config`; the command-line tools read them from astro.config.mjs (src/cli/settings.ts).
 */
import { z } from 'astro/zod';

const httpUrl = (what: string) =>
  z.string().refine((value) => /^https?:\/\/[^\s/]+/.test(value), { message: `expected an http(s) address for ${what}, such as https://books.example.org/` });

export const readerOptionsSchema = z
  .object({
    /** The name of the collection, shown in the header and in page titles. */
    title: z.string().min(1).default('Annotated Reader'),
    /** A line under the title on the home page. */
    description: z.string().default('Excerpts from books, with the editor’s notes in the margin and the books’ pages cited.'),
    /** Who compiled the collection; pages name it as author where a document names no editor. */
    editor: z.string().optional(),
    /** Language of the documents (the `lang` of every page, and the search index's). */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'expected a language code such as en or pt-BR').default('en'),
    /** Where the editor's original pages live: cross-references to documents not in the content folder go there; '' for nowhere. */
    originalBase: z.union([z.literal(''), httpUrl('originalBase')]).default('http://mailstar.net/'),
    /** The folder of `.txt` documents, relative to the project root or absolute. */
    contentDir: z.string().min(1).default('content'),
    /** Fail the build on any warning about the documents (for a content repository's CI). */
    strict: z.boolean().default(false),
    /** List the infos about the documents in the build's report too (by default they are counted). */
    verbose: z.boolean().default(false),
  })
  .strict();

export type ReaderOptions = z.input<typeof readerOptionsSchema>;
export type ReaderOptionsResolved = z.output<typeof readerOptionsSchema>;

/** What the site's code is given: the options, and where the site is served and built. */
export interface ReaderConfig extends ReaderOptionsResolved {
  /** The public address of the site (scheme and host), for canonical URLs and the sitemap. */
  site: string;
  /** The path the site is served under, e.g. `/reader/`; `/` at a domain's root. */
  base: string;
  /** The project root and Astro's cache folder, as absolute paths. */
  root: string;
  cacheDir: string;
}

type Environment = Record<string, string | undefined>;

/** The options checked and completed, the environment's overrides applied; a clear error otherwise. */
export function resolveOptions(options: unknown = {}, env: Environment = process.env): ReaderOptionsResolved {
  const parsed = readerOptionsSchema.safeParse(options);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join('.') || 'options'}: ${issue.message}`);
    throw new Error(`Unexpected options of reader() in astro.config.mjs:\n${problems.join('\n')}\nFix them there (src/config.ts lists every option and what it takes).`);
  }
  const resolved = parsed.data;
  if (env.CONTENT_DIR) resolved.contentDir = env.CONTENT_DIR;
  if (env.READER_STRICT !== undefined && env.READER_STRICT !== '') resolved.strict = ['1', 'true'].includes(env.READER_STRICT);
  return resolved;
}

/** The public address and base path: the environment's, else Astro's own settings, else the defaults. */
export function siteAndBase(astro: { site?: string; base?: string }, env: Environment = process.env): { site: string; base: string } {
  const site = env.SITE_URL || astro.site || 'http://localhost:4321';
  if (!/^https?:\/\/[^\s/]+/.test(site)) {
    throw new Error(`Unexpected site address \`${site}\`${env.SITE_URL ? ' in SITE_URL' : ''}, expected an http(s) address such as https://books.example.org`);
  }
  return { site, base: normalizeBase(env.BASE_PATH ?? astro.base ?? '/') };
}

/** `/reader` -> `/reader/`; `` -> `/`. */
export function normalizeBase(value: string): string {
  const trimmed = value.trim().replace(/^\/*|\/*$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
