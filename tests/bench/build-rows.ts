/**
 * The benchmark's rows for the builds (./builds.ts): this project's full build beside the plainest
 * project for the same files (Markdown pages + `pagefind --site dist`), in wall time, CPU time and
 * the share of the machine each used; peak memory; the one-document rebuild.
 */
import path from 'node:path';
import type { Row } from './bench.ts';
import { type BuildResult, CORES, machineShare } from './builds.ts';

const MB = 1024 * 1024;
const GIB = 1024 * MB;
const FULL = 'Full build (astro build + Pagefind)';
const MEMORY = 'Peak memory (RSS of the build process tree)';
/** Sizes at which the reader's wall time is held to 1.2 x the baseline's (issue 15). */
const RATIO_JUDGED = new Set([100, 1000]);
/** The size whose peak memory is held to 2 GiB (issue 6). */
const MEMORY_JUDGED = 500;

/** A reader build measured for its memory only (5,000 documents), without a baseline beside it. */
export interface MemoryBuild {
  docs: number;
  build: BuildResult;
}

export function buildRows(reader: Map<number, BuildResult>, baseline: Map<number, BuildResult>, corpora: Map<number, string>, memory?: MemoryBuild): Row[] {
  const rows: Row[] = [];
  const section = FULL;
  const cores = `CPU time / (wall time x ${CORES} cores)`;
  for (const [size, ours] of reader) {
    const theirs = baseline.get(size)!;
    const ratio = ours.ms / theirs.ms;
    const name = (what: string) => `${size} document(s): ${what}`;
    rows.push({ section, name: name('reader, wall time'), value: ours.ms / 1000, unit: 's', note: `corpus in ${path.basename(corpora.get(size)!)}` });
    rows.push({ section, name: name('plain .md pages + pagefind CLI, wall time'), value: theirs.ms / 1000, unit: 's' });
    rows.push({
      section,
      name: name('reader / plain pages, wall time'),
      value: ratio,
      unit: 'x',
      ...(RATIO_JUDGED.has(size) ? { target: '<= 1.2', pass: ratio <= 1.2 } : {}),
    });
    rows.push({ section, name: name('reader, CPU time'), value: ours.cpuMs / 1000, unit: 's', note: `${phaseNote(ours)}${ours.pagefindByBench ? ' (Pagefind run by the bench)' : ''}` });
    rows.push({ section, name: name('plain pages, CPU time'), value: theirs.cpuMs / 1000, unit: 's', note: phaseNote(theirs) });
    rows.push({ section, name: name('reader / plain pages, CPU time'), value: ours.cpuMs / theirs.cpuMs, unit: 'x', note: 'less sensitive to other work on the machine' });
    rows.push({ section, name: name('reader, share of the machine'), value: 100 * machineShare(ours), unit: '%', note: cores });
    rows.push({ section, name: name('plain pages, share of the machine'), value: 100 * machineShare(theirs), unit: '%', note: cores });
  }
  rows.push(...scalingRows(reader, baseline));
  for (const [size, ours] of reader) {
    const theirs = baseline.get(size)!;
    rows.push(memoryRow(size, ours));
    rows.push({ section: MEMORY, name: `${size} document(s): plain pages + pagefind CLI`, value: theirs.peakRss / MB, unit: 'MiB', note: rssNote(theirs) });
  }
  if (memory) {
    const { docs, build } = memory;
    rows.push({
      section: MEMORY,
      name: `${docs} document(s): reader`,
      value: build.peakRss / MB,
      unit: 'MiB',
      target: '< 4096',
      pass: build.peakRss < 4 * GIB,
      note: `${rssNote(build)}; build ${fmt(build.ms / 1000, 0)} s, CPU ${phase(build.cpuMs)}, ${fmt(100 * machineShare(build), 0)}% of the machine`,
    });
  }
  return rows;
}

/** The peak memory of the reader's build of `size` documents; held to 2 GiB at 500. */
export function memoryRow(size: number, build: BuildResult): Row {
  const judged = size === MEMORY_JUDGED ? { target: '<= 2048', pass: build.peakRss <= 2 * GIB } : {};
  return { section: MEMORY, name: `${size} document(s): reader`, value: build.peakRss / MB, unit: 'MiB', ...judged, note: rssNote(build) };
}

/** How the cost per document grows from 100 documents to the largest size. */
function scalingRows(reader: Map<number, BuildResult>, baseline: Map<number, BuildResult>): Row[] {
  const rows: Row[] = [];
  const section = FULL;
  const [one, hundred, most] = [reader.get(1), reader.get(100), reader.get(Math.max(...reader.keys()))];
  if (!hundred || !most || most === hundred) return rows;
  const count = Math.max(...reader.keys());
  const plain = most.ms / count / (hundred.ms / 100);
  rows.push({ section, name: `cost per document at ${count} / at 100`, value: plain, unit: 'x', note: 'build time / documents' });
  if (!one) return rows;
  // The 1-document build is the fixed cost (starting Astro, bundling); what each further
  // document adds is compared. CPU time judges it: wall time at 100 documents is short enough
  // for other work on the machine to swing the ratio by a fifth.
  const marginal = (build: BuildResult, first: BuildResult, hundredth: BuildResult, of: 'ms' | 'cpuMs') =>
    (build[of] - first[of]) / (count - 1) / ((hundredth[of] - first[of]) / 99);
  const [theirOne, theirHundred, theirMost] = [baseline.get(1)!, baseline.get(100)!, baseline.get(count)!];
  rows.push({ section, name: `marginal cost per document at ${count} / at 100, wall time`, value: marginal(most, one, hundred, 'ms'), unit: 'x' });
  const cpu = marginal(most, one, hundred, 'cpuMs');
  rows.push({
    section,
    name: `marginal cost per document at ${count} / at 100, CPU time`,
    value: cpu,
    unit: 'x',
    target: '<= 1.2 (linear)',
    pass: cpu <= 1.2,
    note: `the 1-document build taken as fixed cost; baseline ${fmt(marginal(theirMost, theirOne, theirHundred, 'cpuMs'), 2)} x`,
  });
  return rows;
}

/** The rebuild after one of `docs` documents changed, against the full build of the same site. */
export function rebuildRow(docs: number, full: BuildResult, rebuild: BuildResult, inOutput: boolean): Row {
  return {
    section: 'Incremental build',
    name: `rebuild after 1 changed document of ${docs}`,
    value: rebuild.ms / 1000,
    unit: 's',
    target: `<= 25% of full build (${fmt(full.ms / 1000, 1)} s)`,
    pass: rebuild.ms <= 0.25 * full.ms && inOutput,
    note: `${fmt((100 * rebuild.ms) / full.ms, 0)}% of full; CPU ${phase(rebuild.cpuMs)}, ${fmt((100 * rebuild.cpuMs) / full.cpuMs, 0)}% of full: ${phaseNote(rebuild)}${inOutput ? '' : '; CHANGE NOT IN OUTPUT'}`,
  };
}

/** CPU time by phase of Astro's process, then the other processes (Pagefind's binary). */
function phaseNote(build: BuildResult): string {
  const phases = build.phases.map((part) => `${part.name} ${phase(part.cpuMs)}`);
  // When the bench ran Pagefind's CLI, its binary is already in the `pagefind CLI` phase.
  const others = Object.entries(build.cpuByProcess).filter(([name, ms]) => !/^(node|MainThread)$/.test(name) && ms >= 100 && !(build.pagefindByBench && name.startsWith('pagefind')));
  return [...phases, ...others.map(([name, ms]) => `${name} ${phase(ms)}`)].join(', ');
}

/** Each process's own peak, largest first: the row's figure is the most the tree held at once. */
function rssNote(build: BuildResult): string {
  const peaks = Object.entries(build.peakRssByProcess).filter(([, bytes]) => bytes >= 50 * MB).sort((a, b) => b[1] - a[1]);
  return `peaks by process: ${peaks.map(([name, bytes]) => `${name} ${fmt(bytes / MB, 0)} MiB`).join(', ')}`;
}

function phase(ms: number | undefined): string {
  return ms === undefined ? '?' : `${fmt(ms / 1000, 1)} s`;
}

function fmt(value: number, fractionDigits: number): string {
  return value.toFixed(fractionDigits);
}
