/**
 * The theme switch: system, light or dark. The radio buttons work without JavaScript (reader.css
 * reads them with :has()); this script only remembers the choice across pages and visits.
 */
import { remember, remembered } from './dom.ts';

const KEY = 'reader-theme';

export function initTheme(): void {
  const saved = remembered(KEY);
  for (const input of document.querySelectorAll<HTMLInputElement>('input[name="theme"]')) {
    if (saved && input.value === saved) input.checked = true;
    input.addEventListener('change', () => remember(KEY, input.value === 'system' ? null : input.value));
  }
}
