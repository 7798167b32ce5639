/**
 * `npm run convert -- content/beria.txt`: prints a document's Markdown form (directives for the
 * editor's words and page breaks; the published /<stem>.md). Its problems go to stderr, as
 * `npm run check` reports them.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { formatReport } from '../checks/report.ts';
import { listDocumentFiles, stemOf } from '../content/document-file.ts';
import { toMarkdown } from '../markdown/markdown.ts';
import { parseDocument } from '../parser/index.ts';
import { loadOptions } from './settings.ts';

const config = await loadOptions();

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const paths = process.argv.slice(2).filter((arg) => arg !== '--');
if (paths.length === 0) {
  console.error('Usage: npm run convert -- <file.txt> [more.txt ...]\nPrints the Markdown form of each document.');
  process.exit(2);
}

// Cross-references are checked against the content folder's documents, as the site links them.
const documents = new Set([...(await listDocumentFiles(path.resolve(config.contentDir)).catch(() => [])).map(stemOf), ...paths.map(stemOf)]);
const files: VFile[] = [];
for (const file of paths) {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    console.error(`Cannot read ${file}: ${(error as Error).message}. Give the path of a .txt document, e.g. content/beria.txt.`);
    process.exit(1);
  }
  const document = new VFile({ path: file, value: bytes });
  process.stdout.write(toMarkdown(parseDocument(document, { documents, originalBase: config.originalBase })));
  files.push(document);
}
if (files.some((file) => file.messages.length > 0)) console.error(formatReport(files));
