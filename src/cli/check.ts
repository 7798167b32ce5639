/**
 * `npm run check [-- --strict] [--verbose] [file.txt | folder ...]`: lists the problems in the
 * documents, as the build reports them, without building; `--verbose` lists the infos too. With
 * no paths, checks the content folder (`contentDir` of reader() in astro.config.mjs, or
 * CONTENT_DIR). Exit code 0 when there are no problems or only warnings; 1 when there are errors,
 * or warnings in strict mode (`--strict`, READER_STRICT=1 or the option `strict`).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { failure, formatReport } from '../checks/report.ts';
import { listDocumentFiles, stemOf } from '../content/document-file.ts';
import { parseDocument } from '../parser/index.ts';
import { loadOptions } from './settings.ts';

const config = await loadOptions();

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const strict = args.includes('--strict') || config.strict;
const verbose = args.includes('--verbose') || config.verbose;
const unknown = args.filter((arg) => arg.startsWith('-') && arg !== '--strict' && arg !== '--verbose');
if (unknown.length > 0) {
  console.error(`Unknown option ${unknown.join(', ')}. Usage: npm run check -- [--strict] [--verbose] [file.txt | folder ...]`);
  process.exit(2);
}

const contentDir = path.resolve(config.contentDir);
const targets = args.filter((arg) => !arg.startsWith('-'));
const paths: string[] = [];
for (const target of targets.length > 0 ? targets : [contentDir]) {
  let isFolder: boolean;
  try {
    isFolder = (await stat(target)).isDirectory();
  } catch {
    console.error(`Cannot read ${target}: no such file or folder. Give a .txt document or a folder of them, e.g. content/beria.txt.`);
    process.exit(2);
  }
  if (isFolder) paths.push(...(await listDocumentFiles(target)).map((name) => path.join(target, name)));
  else paths.push(target);
}

// Cross-references are checked against the documents the site would have, plus those named here.
const documents = new Set([...(await listDocumentFiles(contentDir).catch(() => [])).map(stemOf), ...paths.map(stemOf)]);
const files: VFile[] = [];
for (const file of paths) {
  const relative = path.relative(process.cwd(), file) || file;
  const document = new VFile({ path: relative, value: await readFile(file) });
  parseDocument(document, { documents, originalBase: config.originalBase });
  files.push(document);
}

console.log(formatReport(files, { infos: verbose }));
const stop = failure(files, strict, 'check without --strict (and without READER_STRICT=1)');
if (stop) {
  console.error(stop);
  process.exit(1);
}
