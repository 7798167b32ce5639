/** Small helpers the reader's scripts share: remembered settings, the clipboard, announcements. */

/** A setting remembered in localStorage; null when unset or when storage is unavailable. */
export function remembered(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function remember(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    // Private browsing or storage turned off: the choice lasts for this page only.
  }
}

/**
 * Copies text. The Clipboard API needs a secure context (https or localhost); elsewhere the text
 * goes through a selected textarea and the older copy command.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

/** Says something to screen readers through the page's one status region. */
export function announce(message: string): void {
  const status = document.getElementById('reader-status');
  if (!status) return;
  status.textContent = '';
  // A fresh text node after clearing makes screen readers repeat identical messages.
  requestAnimationFrame(() => (status.textContent = message));
}

/** Shows `done` on a button for a moment, then its own label again. */
export function confirm(button: HTMLElement, done: string): void {
  const label = button.dataset.label ?? (button.dataset.label = button.textContent ?? '');
  button.textContent = done;
  setTimeout(() => (button.textContent = label), 2000);
}
