/**
 * Pipeline throughput, text -> HTML, on the same bytes: the reader's `renderDocument` against the
 * plain unified pipeline a Markdown site runs (remark-parse -> remark-rehype -> rehype-stringify,
 * the text read as Markdown). Runs alternate, after a warm-up, and the best round counts: the
 * least disturbed by other work on the machine.
 */
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { renderDocument } from '../../src/markdown/processor.ts';

export interface Throughput {
  bytes: number;
  documents: number;
  /** MB/s (10^6 bytes of UTF-8 text per second). */
  reader: number;
  unified: number;
}

export function measureThroughput(documents: Array<{ stem: string; text: string }>, rounds = 3): Throughput {
  const stems = new Set(documents.map((document) => document.stem));
  const bytes = documents.reduce((sum, document) => sum + Buffer.byteLength(document.text), 0);
  const markdown = unified().use(remarkParse).use(remarkRehype).use(rehypeStringify);
  const runReader = () => {
    for (const { stem, text } of documents) renderDocument(text, stem, { documents: stems, base: '/', originalBase: 'http://mailstar.net/' });
  };
  const runUnified = () => {
    for (const { text } of documents) String(markdown.processSync(text));
  };
  runReader();
  runUnified();
  let reader = Infinity;
  let plain = Infinity;
  for (let round = 0; round < rounds; round++) {
    reader = Math.min(reader, time(runReader));
    plain = Math.min(plain, time(runUnified));
  }
  return { bytes, documents: documents.length, reader: bytes / 1e6 / (reader / 1000), unified: bytes / 1e6 / (plain / 1000) };
}

function time(run: () => void): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}
