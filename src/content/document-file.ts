/**
 * The document files of a content folder: listing them, and their problems kept with their entries.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';

/** A problem as stored with an entry, so a cached entry reports it again on the next build. */
export interface StoredProblem {
  reason: string;
  line?: number;
  column?: number;
  ruleId?: string;
  source?: string;
  fatal?: boolean;
  /** Where on the page it is, as a URL fragment without `#` (src/content/problem-places.ts). */
  fragment?: string;
}

/** The `.txt` documents of a folder, sorted by name. */
export async function listDocumentFiles(directory: string): Promise<string[]> {
  return (await readdir(directory)).filter((name) => name.endsWith('.txt')).sort();
}

export function stemOf(name: string): string {
  return path.basename(name).replace(/\.txt$/, '');
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
