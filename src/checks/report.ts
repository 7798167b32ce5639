/**
 * The problems found in the documents, as one report grouped per file with a count, for the build
 * log and `npm run check`. Severity follows vfile: `fatal: true` is an error, `false` a warning,
 * anything else an info (worth knowing, not a problem: e.g. a link to the original site).
 */
import type { VFile } from 'vfile';

type VFileMessage = VFile['messages'][number];

export interface ProblemCounts {
  errors: number;
  warnings: number;
  infos: number;
}

type Severity = 'error' | 'warning' | 'info';

export function severity(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

export function countProblems(files: readonly VFile[]): ProblemCounts {
  const counts: ProblemCounts = { errors: 0, warnings: 0, infos: 0 };
  for (const file of files) for (const message of file.messages) counts[`${severity(message)}s`]++;
  return counts;
}

/** `2 warnings, 1 info`; `no problems` when there is nothing to say. */
export function describeCounts(counts: ProblemCounts): string {
  const parts = (['errors', 'warnings', 'infos'] as const)
    .filter((kind) => counts[kind] > 0)
    .map((kind) => plural(counts[kind], kind.slice(0, -1)));
  return parts.length > 0 ? parts.join(', ') : 'no problems';
}

/**
 * Files with messages, each under a `path: counts` line, messages by position as `path:line:column`
 * (which terminals and editors open at the place); then one line for the whole set. Files without
 * messages are only counted. Infos (worth knowing, not problems) are only counted unless `infos`.
 */
export function formatReport(files: readonly VFile[], { infos = false }: { infos?: boolean } = {}): string {
  const blocks: string[] = [];
  for (const file of files) {
    const messages = [...file.messages].filter((message) => infos || severity(message) !== 'info').sort(byPlace);
    if (messages.length === 0) continue;
    const places = messages.map((message) => place(file, message));
    const width = Math.max(...places.map((value) => value.length));
    const lines = messages.map((message, index) =>
      `  ${places[index]!.padEnd(width)}  ${severity(message).padEnd(7)}  ${message.reason}${message.ruleId ? `  ${message.ruleId}` : ''}`,
    );
    blocks.push(`${file.path}: ${describeCounts(countProblems([file]))}\n${lines.join('\n')}`);
  }
  const counts = countProblems(files);
  const withMessages = files.filter((file) => file.messages.length > 0).length;
  const unlisted = !infos && counts.infos > 0 ? ` (infos not listed: \`npm run check -- --verbose\` lists them)` : '';
  const total = `${plural(files.length, 'document')} checked: ${describeCounts(counts)}` +
    (withMessages > 0 ? ` in ${plural(withMessages, 'document')}` : '') + `${unlisted}.`;
  return [...blocks, total].join('\n\n');
}

/**
 * The reason a strict build or check stops, or undefined when it may go on: errors always stop
 * it; warnings stop it in strict mode. (Worded without "document": Astro takes an error naming
 * `document` or `window` for a browser API used on the server and adds a misleading hint.)
 */
export function failure(files: readonly VFile[], strict: boolean, relax = 'build without strict mode (unset READER_STRICT, or remove `strict: true` from reader() in astro.config.mjs)'): string | undefined {
  const counts = countProblems(files);
  if (counts.errors > 0) return `${plural(counts.errors, 'error')} in the texts (listed above): fix them to build the site.`;
  if (strict && counts.warnings > 0) {
    return `Strict mode: ${plural(counts.warnings, 'warning')} in the texts (listed above). Fix them, or ${relax}.`;
  }
  return undefined;
}

function place(file: VFile, message: VFileMessage): string {
  return message.line ? `${file.path}:${message.line}:${message.column ?? 1}` : file.path;
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
