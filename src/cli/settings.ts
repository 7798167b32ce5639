/**
 * The reader's options for the command-line tools, which run outside Astro: read from the
 * project's astro.config.mjs, where `reader({...})` is given them (src/config.ts).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroUserConfig } from 'astro';
import type { ReaderOptionsResolved } from '../config.ts';
import { INTEGRATION_NAME } from '../integration.ts';

export async function loadOptions(root = process.cwd()): Promise<ReaderOptionsResolved> {
  const file = path.join(root, 'astro.config.mjs');
  const { default: astro } = (await import(pathToFileURL(file).href)) as { default: AstroUserConfig };
  const integration = astro.integrations?.flat().find((entry) => entry && typeof entry === 'object' && 'name' in entry && entry.name === INTEGRATION_NAME);
  if (!integration || !('options' in integration)) {
    throw new Error(`Unexpected ${file} without the reader's integration, expected \`integrations: [reader({ ... })]\` (import reader from './src/integration.ts').`);
  }
  return integration.options as ReaderOptionsResolved;
}
