/** Helpers shared by the parser tests: the fixture folders and a tree without positions. */
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { VFile } from 'vfile';

export const fixturesRoot = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const seedPath = fileURLToPath(new URL('../../content/beria.txt', import.meta.url));

/** Names of the fixture folders (each holds an `input.txt`), sorted. */
export function fixtureNames(): string[] {
  return readdirSync(fixturesRoot)
    .filter((name) => !name.startsWith('.') && statSync(fixturesRoot + name).isDirectory())
    .sort();
}

/** A deep copy of a unist tree without `position` fields (what the Markdown form cannot carry). */
export function removePositions<T>(node: T): T {
  if (Array.isArray(node)) return node.map((item) => removePositions(item)) as T;
  if (node === null || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'position') continue;
    copy[key] = removePositions(value);
  }
  return copy as T;
}

/** The messages of a file, one a line: `line:column ruleId reason`. */
export function formatMessages(file: VFile): string {
  const lines = file.messages.map((message) => `${message.line ?? 0}:${message.column ?? 0} ${message.ruleId ?? '-'} ${message.reason}`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
