/**
 * `npm run corpus -- --docs N --out DIR [--seed S]`: writes N documents in the editor's convention,
 * made by reshuffling the seed's (content/beria.txt) header lines, preamble, excerpts, notes and
 * markers, with fresh page numbers, so that scale tests and the benchmark need no outside data.
 * The same seed gives the same bytes; document i does not depend on N (100 documents are the first
 * 100 of 500). Every document is parsed before it is written: one that draws a warning is a bug here.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { VFile } from 'vfile';
import { formatReport } from '../checks/report.ts';
import { parseDocument } from '../parser/index.ts';

export const SEED_PATH = path.resolve(import.meta.dirname, '../../content/beria.txt');

export interface CorpusOptions {
  /** How many documents. */
  docs: number;
  /** Any string or number; the same seed gives the same corpus. */
  seed?: string | number;
  /** The text to reshuffle; content/beria.txt by default. */
  source?: string;
}

export interface CorpusDocument {
  stem: string;
  text: string;
}

/** The seed cut into the pieces a document is assembled from, each as raw text. */
interface SeedParts {
  /** Paragraphs of the preamble, in order. */
  preamble: string[];
  excerpts: SeedExcerpt[];
}

interface SeedExcerpt {
  /** The heading without its `(N) `. */
  heading: string;
  bibliography: string[];
  /** Paragraphs and notes; a paragraph continued across a page is one unit. */
  body: string[];
}

const SUBJECTS = ['Beria', 'Stalin', 'Khrushchev', 'Malenkov', 'Molotov', 'Kaganovich', 'Voroshilov', 'Mikoyan', 'Bulganin', 'Zhukov', 'Deutscher', 'Sudoplatov'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** `{p. 31}`, `{pp. 12-13}`, `{p.xiii}`: the page markers whose numbers are redrawn. */
const PAGE_MARKER = /\{pp?\s*\.?\s*(?:[0-9]+|[ivxlcdm]+)(?:\s*[-–]\s*(?:[0-9]+|[ivxlcdm]+))?\}/gi;
/** Bodies made only of a marker such as `{start}` or `{end of text}`: never dropped, they frame quotations. */
const MARKER_ONLY = /^\{(?:start|end[^}]*)\}/i;

export function* generateCorpus(options: CorpusOptions): Generator<CorpusDocument> {
  const parts = seedParts(options.source);
  const seed = String(options.seed ?? 1);
  for (let index = 1; index <= options.docs; index++) {
    const random = prng(`${seed}:${index}`);
    const document = composeDocument(parts, index, random);
    const file = new VFile({ path: `${document.stem}.txt`, value: document.text });
    parseDocument(file);
    // Infos (links to the original site) are no problem.
    if (file.messages.some((message) => message.fatal !== undefined)) throw new Error(`Generated document ${document.stem} does not parse cleanly:\n${formatReport([file])}`);
    yield document;
  }
}

/** Writes the corpus into `out` (created if missing) and returns how many documents and bytes. */
export async function writeCorpus(out: string, options: CorpusOptions): Promise<{ docs: number; bytes: number }> {
  await mkdir(out, { recursive: true });
  let bytes = 0;
  let docs = 0;
  for (const document of generateCorpus(options)) {
    await writeFile(path.join(out, `${document.stem}.txt`), document.text);
    bytes += Buffer.byteLength(document.text);
    docs++;
  }
  return { docs, bytes };
}

let cachedParts: { source: string; parts: SeedParts } | undefined;

function seedParts(source?: string): SeedParts {
  const text = source ?? readSeed();
  if (cachedParts?.source === text) return cachedParts.parts;
  const tree: Root = parseDocument(new VFile({ value: text }));
  const slice = (node: { position?: { start: { offset?: number }; end: { offset?: number } } }) =>
    node.position ? text.slice(node.position.start.offset, node.position.end.offset) : '';
  const parts: SeedParts = { preamble: [], excerpts: [] };
  for (const node of tree.children) {
    if (node.type === 'preamble') parts.preamble = node.children.map(slice).filter(Boolean);
    if (node.type !== 'excerpt') continue;
    const excerpt: SeedExcerpt = { heading: '', bibliography: [], body: [] };
    for (const child of node.children) {
      const raw = slice(child);
      if (!raw) continue;
      if (child.type === 'excerptHeading') excerpt.heading = raw.replace(/^\(\d+\)\s*/, '');
      else if (child.type === 'bibliography') excerpt.bibliography.push(raw);
      else excerpt.body.push(raw);
    }
    if (excerpt.heading && excerpt.body.length > 0) parts.excerpts.push(excerpt);
  }
  if (parts.excerpts.length === 0) throw new Error('The seed has no excerpts to reshuffle: expected headings such as `(1) Author, Title`.');
  cachedParts = { source: text, parts };
  return parts;
}

let seedText: string | undefined;
/** Read synchronously, once: the generator is synchronous so that documents stream one by one. */
function readSeed(): string {
  seedText ??= readFileSync(SEED_PATH, 'utf8');
  return seedText;
}

function composeDocument(parts: SeedParts, index: number, random: Random): CorpusDocument {
  const [first, second] = random.sample(SUBJECTS, 2) as [string, string];
  const stem = `${first.toLowerCase()}-${String(index).padStart(4, '0')}`;
  const title = `${first} and ${second} (${index})`;
  const written = randomDate(random, 1998, 2012);
  const updated = randomDate(random, 2013, 2024);
  const blocks: string[] = [];

  // Header: the seed's form (title in front matter) or the editor's other form (a title line).
  if (random.chance(0.6)) {
    blocks.push(`---\ntitle: ${title}\noriginal: http://mailstar.net/${stem}.html\n---\n- Peter Myers`);
    blocks.push(`Date ${written}; update ${updated}.`, 'My comments are shown {thus}.');
  } else {
    blocks.push(title, 'Selections by Peter Myers; my comments within quoted text are shown {thus}.');
    blocks.push(`Written ${written}; updated ${updated}.`, `You are at http://mailstar.net/${stem}.html.`);
    if (random.chance(0.5)) blocks.push(`Minor corrections ${randomDate(random, 2019, 2024)}.`);
  }

  // Excerpts: mostly a handful, sometimes many (the editor's long pages run to hundreds of KB).
  const count = 1 + Math.floor(random.next() ** 2 * 16);
  const chosen = Array.from({ length: count }, (_, at) => (at < parts.excerpts.length ? undefined : random.pick(parts.excerpts)));
  const order = random.shuffle(parts.excerpts.slice());
  const excerpts = chosen.map((picked, at) => picked ?? order[at]!);

  if (excerpts.length > 1 && random.chance(0.5)) blocks.push(excerpts.map((excerpt, at) => `(${at + 1}) ${excerpt.heading}`).join('\n'));
  const pages = pageNumbers(random);
  const preamble = keepSome(parts.preamble, random, 0.3).map(pages.renumber);
  blocks.push(...preamble);

  excerpts.forEach((excerpt, at) => {
    const excerptPages = pageNumbers(random);
    blocks.push(`(${at + 1}) ${excerpt.heading}`, ...excerpt.bibliography);
    const [opening, ...rest] = excerpt.body;
    blocks.push(excerptPages.renumber(opening!), ...keepSome(rest, random, random.next() * 0.5).map(excerptPages.renumber));
  });
  return { stem, text: `${blocks.join('\n\n')}\n` };
}

/** Keeps each item with probability 1 - `drop`, in order; markers always stay. */
function keepSome(items: string[], random: Random, drop: number): string[] {
  return items.filter((item) => MARKER_ONLY.test(item) || !random.chance(drop));
}

/** A running page count that redraws every page marker, sometimes in the editor's other spellings. */
function pageNumbers(random: Random) {
  let page = 1 + Math.floor(random.next() * 600);
  const renumber = (raw: string) =>
    raw.replace(PAGE_MARKER, () => {
      page += 1 + (random.chance(0.3) ? Math.floor(random.next() * 4) : 0);
      const form = random.next();
      if (form < 0.05) return `{pp. ${page}-${++page}}`;
      if (form < 0.1) return `{p.${page}}`;
      if (form < 0.13) return `{p ${page}}`;
      return `{p. ${page}}`;
    });
  return { renumber };
}

function randomDate(random: Random, from: number, to: number): string {
  const year = from + Math.floor(random.next() * (to - from + 1));
  return `${random.pick(MONTHS)} ${1 + Math.floor(random.next() * 28)}, ${year}`;
}

// ---- a small seeded PRNG (mulberry32 over an FNV-1a hash of the seed) -------------------------

interface Random {
  next(): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: T[]): T[];
  sample<T>(items: readonly T[], count: number): T[];
}

export function prng(seed: string): Random {
  let state = 0x811c9dc5;
  for (let index = 0; index < seed.length; index++) state = Math.imul(state ^ seed.charCodeAt(index), 0x01000193);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
  const random: Random = {
    next,
    chance: (probability) => next() < probability,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    shuffle: (items) => {
      for (let index = items.length - 1; index > 0; index--) {
        const other = Math.floor(next() * (index + 1));
        [items[index], items[other]] = [items[other]!, items[index]!];
      }
      return items;
    },
    sample: (items, count) => random.shuffle(items.slice()).slice(0, count),
  };
  return random;
}

// ---- command line -------------------------------------------------------------------------------

const USAGE = 'Usage: npm run corpus -- --docs N --out DIR [--seed S] [--force]\nWrites N generated documents (DIR/<stem>.txt) for scale tests and the benchmark.';

async function main(argv: string[]): Promise<void> {
  const args = new Map<string, string | true>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') continue;
    if (!arg.startsWith('--')) fail(`Unexpected argument \`${arg}\`.`);
    const next = argv[index + 1];
    if (arg === '--force' || next === undefined || next.startsWith('--')) args.set(arg.slice(2), true);
    else args.set(arg.slice(2), argv[++index]!);
  }
  for (const key of args.keys()) if (!['docs', 'out', 'seed', 'force'].includes(key)) fail(`Unknown option \`--${key}\`.`);
  const docs = Number(args.get('docs'));
  if (!Number.isInteger(docs) || docs < 1) fail('Expected `--docs` with a whole number of documents, e.g. `--docs 100`.');
  const out = args.get('out');
  if (typeof out !== 'string') fail('Expected `--out` with the folder to write into, e.g. `--out /tmp/corpus`.');
  const seed = args.get('seed');
  if (seed === true) fail('Expected a value after `--seed`, e.g. `--seed 7`.');

  if (existsSync(out)) {
    const present = (await readdir(out)).filter((name) => name.endsWith('.txt'));
    if (present.length > 0 && !args.has('force')) {
      fail(`${out} already holds ${present.length} .txt file(s); give a new or empty folder, or add --force to replace them.`);
    }
    for (const name of present) await rm(path.join(out, name));
  }
  const started = performance.now();
  const { bytes } = await writeCorpus(out, { docs, seed: seed ?? 1, source: await readFile(SEED_PATH, 'utf8') });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Wrote ${docs} document(s), ${(bytes / 1e6).toFixed(1)} MB, to ${out} in ${seconds} s (seed ${seed ?? 1}).`);
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

if (import.meta.main) await main(process.argv.slice(2));
