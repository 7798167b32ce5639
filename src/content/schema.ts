/** The shape of a document entry's data, as the loader stores it (see ../markdown/document-data.ts). */
import { z } from 'astro/zod';

const page = z.object({ label: z.string(), id: z.string() });

/** A quoted work (src/citation/format.ts `Work`), as the parser read it. */
const work = z.object({
  author: z.string().optional(),
  authors: z.array(z.string()),
  authorShort: z.string().optional(),
  title: z.string().optional(),
  translator: z.string().optional(),
  place: z.string().optional(),
  publisher: z.string().optional(),
  year: z.string().optional(),
  label: z.string(),
  key: z.string(),
});

export const documentSchema = z.object({
  stem: z.string(),
  title: z.string(),
  editor: z.string().optional(),
  dates: z.string().optional(),
  original: z.string().optional(),
  description: z.string(),
  excerpts: z.array(
    z.object({
      id: z.string(),
      number: z.string(),
      heading: z.string(),
      work,
      pages: z.array(page),
    }),
  ),
  introductionPages: z.array(page),
  links: z.array(z.string()),
  notes: z.number(),
  words: z.number(),
  messages: z.number(),
  /** The problems found in the document, kept so that an unchanged entry reports them again. */
  problems: z.array(
    z.object({
      reason: z.string(),
      line: z.number().optional(),
      column: z.number().optional(),
      ruleId: z.string().optional(),
      source: z.string().optional(),
      fatal: z.boolean().optional(),
      fragment: z.string().optional(),
    }),
  ),
});
