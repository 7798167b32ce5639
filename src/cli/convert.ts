/**
 * `npm run convert -- content/beria.txt`: prints a document's Markdown form (directives for the
 * editor's words and page breaks; the published /<stem>.md). Problems go to stderr.
 */
import { readFile } from 'node:fs/promises';
import { VFile } from 'vfile';
import { reporter } from 'vfile-reporter';
import { decodeText } from '../content/decode.ts';
import { toMarkdown } from '../markdown/markdown.ts';
import { fromText } from '../parser/index.ts';

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

const paths = process.argv.slice(2).filter((arg) => arg !== '--');
if (paths.length === 0) {
  console.error('Usage: npm run convert -- <file.txt> [more.txt ...]\nPrints the Markdown form of each document.');
  process.exit(2);
}

for (const path of paths) {
  let value: string;
  try {
    // As the site reads it: bytes that are not UTF-8 are read as Windows-1252.
    value = decodeText(await readFile(path)).text;
  } catch (error) {
    console.error(`Cannot read ${path}: ${(error as Error).message}. Give the path of a .txt document, e.g. content/beria.txt.`);
    process.exit(1);
  }
  const file = new VFile({ path, value });
  process.stdout.write(toMarkdown(fromText(value, { file })));
  if (file.messages.length > 0) console.error(reporter([file]));
}
