/**
 * "Source only": hides the editor's notes, glosses and markers. The switch works without
 * JavaScript (reader.css reads it with :has()); this script remembers it.
 */
import { remember, remembered } from './dom.ts';

const KEY = 'reader-source-only';

export function initReadingMode(): void {
  const toggle = document.getElementById('source-only') as HTMLInputElement | null;
  if (!toggle) return;
  if (remembered(KEY) === 'on') toggle.checked = true;
  toggle.addEventListener('change', () => remember(KEY, toggle.checked ? 'on' : null));
}

export const sourceOnly = (): boolean => (document.getElementById('source-only') as HTMLInputElement | null)?.checked ?? false;
