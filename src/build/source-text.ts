/**
 * The source of some of the project's own folders and the versions of its dependencies, for caches
 * that must not outlive the code that filled them: the content loader's renderings, the search
 * index's main bundle.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** The `.ts` files under `folders` (relative to `root`), in a fixed order, joined, and the lockfile. */
export async function sourceText(root: string, folders: readonly string[]): Promise<string> {
  const parts: string[] = [];
  for (const folder of folders) {
    const names = await readdir(path.join(root, folder), { recursive: true });
    for (const name of names.filter((entry) => entry.endsWith('.ts')).sort()) {
      parts.push(await readFile(path.join(root, folder, name), 'utf8'));
    }
  }
  // An upgrade of a dependency (remark, Pagefind, ...) may change what the code makes.
  parts.push(await readFile(path.join(root, 'package-lock.json'), 'utf8').catch(() => ''));
  return parts.join('\n');
}
