/**
 * One document file from bytes to rendered page and problems: decoding (./decode.ts), the reader's
 * unified pipeline, and the decoding's warning on the same vfile. Shared by the loader and
 * `npm run check`, so both report the same problems.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { type RenderedDocument, type RenderOptions, renderDocument } from '../markdown/processor.ts';
import { createLocator, normalizeNewlines } from '../parser/lib/text.ts';
import { decodeText } from './decode.ts';

export interface RenderedFile extends RenderedDocument {
  /** The document's text as decoded: what the `.txt` download serves. */
  text: string;
}

/** A problem as stored with an entry, so a cached entry reports it again on the next build. */
export interface StoredProblem {
  reason: string;
  line?: number;
  column?: number;
  ruleId?: string;
  source?: string;
  fatal?: boolean;
}

/** The `.txt` documents of a folder, sorted by name. */
export async function listDocumentFiles(directory: string): Promise<string[]> {
  return (await readdir(directory)).filter((name) => name.endsWith('.txt')).sort();
}

export function stemOf(name: string): string {
  return path.basename(name).replace(/\.txt$/, '');
}

/** The project root, defined by the integration (src/integration.ts) in the site's code. */
declare const __READER_ROOT__: string | undefined;

/**
 * A document's text as the loader decoded it, read again from its entry's `filePath` (relative to
 * the project root): the `.txt` and `.md` pages read it from the file rather than from the data
 * store, which Astro compiles into the build's code and holds in memory (the text twice otherwise).
 */
export async function readDocumentText(filePath: string): Promise<string> {
  const root = typeof __READER_ROOT__ === 'string' ? __READER_ROOT__ : process.cwd();
  return decodeText(await readFile(path.resolve(root, filePath))).text;
}

export async function renderDocumentFile(absolutePath: string, stem: string, options: RenderOptions = {}): Promise<RenderedFile> {
  return renderDocumentBytes(await readFile(absolutePath), stem, options);
}

export function renderDocumentBytes(bytes: Uint8Array, stem: string, options: RenderOptions = {}): RenderedFile {
  const { text, invalid } = decodeText(bytes);
  const rendered = renderDocument(text, stem, options);
  if (invalid.length > 0) {
    const first = invalid[0]!;
    const before = normalizeNewlines(text.slice(0, first.char));
    const byte = bytes[first.byte]!.toString(16).toUpperCase().padStart(2, '0');
    const more = invalid.length > 1 ? ` (and ${invalid.length - 1} more)` : '';
    rendered.file.message(
      `Unexpected byte 0x${byte} at byte offset ${first.byte}${more}, expected UTF-8; read as Windows-1252 \`${text[first.char]}\`: save the file as UTF-8 to keep that reading`,
      { place: createLocator(before)(before.length), ruleId: 'not-utf8', source: 'reader-load' },
    );
  }
  return { ...rendered, text };
}

export function storeProblems(file: VFile): StoredProblem[] {
  return file.messages.map((message) => ({
    reason: message.reason,
    ...(message.line ? { line: message.line, column: message.column ?? 1 } : {}),
    ...(message.ruleId ? { ruleId: message.ruleId } : {}),
    ...(message.source ? { source: message.source } : {}),
    ...(typeof message.fatal === 'boolean' ? { fatal: message.fatal } : {}),
  }));
}

/** A file carrying stored problems again, for the report. */
export function restoreProblems(filePath: string, problems: readonly StoredProblem[]): VFile {
  const file = new VFile({ path: filePath });
  for (const problem of problems) {
    const place = problem.line ? { line: problem.line, column: problem.column ?? 1 } : undefined;
    const message = file.message(problem.reason, { place, ruleId: problem.ruleId, source: problem.source });
    message.fatal = problem.fatal;
  }
  return file;
}
