/**
 * Notes open without JavaScript: a note reference links to its note, which the stylesheet shows
 * in the text while it is the :target, and the note's ↩ link closes it. This adds what links alone
 * cannot: an opened note takes the focus, activating an open note's number again closes it, and
 * Escape inside a note closes it and returns to its number.
 */
function close(note: Element): void {
  const ref = document.querySelector<HTMLAnchorElement>(`a.note-ref[href="#${note.id}"]`);
  if (!ref) return;
  // As the note's ↩ link does, but without moving the page.
  const { scrollX, scrollY } = window;
  location.hash = ref.id;
  window.scrollTo(scrollX, scrollY);
  ref.focus();
}

export function initNotes(): void {
  // An opened note takes the focus, so a screen reader reads it and Tab continues inside it.
  addEventListener('hashchange', () => {
    const note = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!note?.matches('.note')) return;
    note.tabIndex = -1;
    note.focus({ preventScroll: true });
  });
  document.addEventListener('click', (event) => {
    const ref = (event.target as Element).closest?.<HTMLAnchorElement>('a.note-ref');
    const note = ref && document.getElementById(ref.hash.slice(1));
    if (note?.matches(':target')) {
      event.preventDefault();
      close(note);
    }
  });
  document.addEventListener('keydown', (event) => {
    const note = event.key === 'Escape' && (event.target as Element).closest?.('.note:target');
    if (note) close(note);
  });
}
