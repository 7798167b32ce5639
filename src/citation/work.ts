/**
 * The quoted work of an excerpt, read from its heading and bibliography lines the way the editor
 * writes them. This is the one reading of a work: the parser keeps it on the excerpt
 * (`excerpt.data.work`), and the excerpt's id, the pages' citations, the page's metadata and the
 * index of quoted works all take it from there.
 *   `Isaac Deutscher, Russia After Stalin ..., Hamish Hamilton, London 1953:`
 *   `Peter Deriabin on Beria's Attempt ...` + `The Secret World` / `by Peter Deriabin and Frank Gibney`
 *   `Mikhail Heller and Aleksandr Nekrich, UTOPIA IN POWER: the History ... (Hutchinson, London, 1985).`
 * Every field but the label and the key is optional: a heading it cannot read still gets a label
 * from its own words.
 */

/** A quoted work, as read from an excerpt's heading and bibliography lines. */
export interface Work {
  /** Author(s) as written: `Mikhail Heller and Aleksandr Nekrich`. */
  author?: string;
  /** The authors' names as written: `Mikhail Heller`, `Aleksandr Nekrich`. */
  authors: string[];
  /** Surnames for a short citation: `Heller & Nekrich`. */
  authorShort?: string;
  /** The main title: `Utopia in Power`. */
  title?: string;
  translator?: string;
  place?: string;
  publisher?: string;
  year?: string;
  /** The short citation label: `Deutscher, Russia After Stalin (1953)`. */
  label: string;
  /** What the excerpt's readable id is made of: `deutscher 1953` (`deutscher-1953`). */
  key: string;
}

/** What a citation gives of a work, and all that a page's COinS record carries to the browser. */
export type CitedWork = Pick<Work, 'authors' | 'title' | 'translator' | 'place' | 'publisher' | 'year'>;

/** A four-digit year of print, 1450-2099. */
export const YEAR = /\b(1[4-9]\d\d|20\d\d)\b/;
const YEARS = new RegExp(YEAR.source, 'g');

/** A capitalised word of a name, in any script (`Deutscher`, `Παπαδοπούλου`, `Соколов`), or a particle. */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|de|von|van|der|la|le)`;
/** Two to five capitalised words, not opening with an article or preposition. */
const PERSON = String.raw`(?!(?:The|A|An|From|In|On|With|By|Of)\s)${NAME_WORD}(?:\s+${NAME_WORD}){1,4}`;
const PEOPLE = new RegExp(String.raw`^${PERSON}(?:(?:\s*,\s*|\s+(?:and|&)\s+)${PERSON})*$`, 'u');
/** `Kahan on ...`, `Peter Deriabin on ...`: one surname is enough before `on`. */
const SURNAME_OR_PERSON = String.raw`(?!(?:The|A|An|From|In|On|With|By|Of)\s)${NAME_WORD}(?:\s+${NAME_WORD}){0,4}`;
const ON_TOPIC = new RegExp(String.raw`^(${SURNAME_OR_PERSON}(?:\s+(?:and|&)\s+${SURNAME_OR_PERSON})*)\s+(?:on|writes|wrote|about)\b`, 'u');
const POSSESSIVE = new RegExp(String.raw`^(${NAME_WORD})['’]s\s`, 'u');
const BY_LINE = /^(?:by|edited by|ed\.)\s+(.+?)[.:,]?$/i;
const WRITES_IN = new RegExp(String.raw`^(${PERSON})\s+(?:writes|wrote)\s+in\s+(?:his|her|their|the)?\s*(?:online\s+)?(?:book\s+)?(.+?)(?:\s*\(|,|$)`, 'u');
/** A line naming the publisher, by the words publishers call themselves: not the title. */
const PUBLISHER_LINE = /^\(?[^()]*\b(?:Press|Books|Company|Publishers?|Publishing|Verlag)\b/;
/** A line that is not the title: a parenthesis, or what comes with the book rather than its name. */
const NOT_A_TITLE = /^\(|^(?:with|foreword|introduction|translated|from)\b/i;
const TRANSLATOR = /\btrans(?:lated|\.)\s+by\s+([^,();]+?)\s*(?=[,();]|$)/i;
const NOT_AN_IMPRINT = /copyright|©|\bat$|\bonline\b/i;
/** Capitalised words, in any script, with the small words of publishers' names: `Little, Brown and Company`, `Éditions du Port`. */
const PUBLISHER_NAME = /^\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}\p{N}'’.&-]*|and|&|of|de|du|des|la|le))*$/u;

/** `heading` and `bibliography` are the lines' source text (src/parser/lib/to-string.ts), as they stand. */
export function readWork(heading: string, bibliography: string[]): Work {
  const lines = [heading, ...bibliography].map((line) => line.trim()).filter(Boolean);
  const { author, title } = authorAndTitle(heading, bibliography);
  const year = findYear(lines);
  const authorShort = author ? surnames(author) : undefined;
  const shortTitle = title ? tidyTitle(title) : undefined;
  // A heading whose author and title it cannot tell is cited by its own words, year and all.
  const named = [authorShort, shortTitle].filter(Boolean).join(', ');
  const label = named ? named + (year ? ` (${year})` : '') : heading.trim();
  // The heading as it stands, untrimmed: the ids of excerpts have always been made of it so.
  const keyWords = authorShort ? [...new Set(authorShort.toLowerCase().split(/\s*&\s*|\s+/))] : heading.split(/\s+/).slice(0, 4);
  const { place, publisher } = imprint(lines, year);
  return {
    author,
    authors: author ? splitNames(author) : [],
    authorShort,
    title: shortTitle,
    translator: lines.map((line) => TRANSLATOR.exec(line)?.[1]).find(Boolean),
    place,
    // `Author, Title, Place Year`: the segment before the place is the title, not a publisher.
    publisher: publisher !== title ? publisher : undefined,
    year,
    label,
    key: [...keyWords, year].filter(Boolean).join(' '),
  };
}

/** Whether a work says enough to be cited (COinS, Highwire tags): its author or its title. */
export function isCitable(work: Work): boolean {
  return Boolean(work.author || work.title);
}

function authorAndTitle(heading: string, bibliography: string[]): { author?: string; title?: string } {
  let author: string | undefined;
  let title: string | undefined;
  const segments = heading.split(/\s*,\s*/);
  if (segments.length >= 2 && isPeople(segments[0]!)) {
    author = segments[0];
    title = segments[1];
  }
  for (const line of bibliography) {
    if (author && title) break;
    const trimmed = line.trim().replace(/[:.]$/, '');
    const by = BY_LINE.exec(trimmed);
    const writes = WRITES_IN.exec(trimmed);
    const parts = trimmed.split(/\s*,\s*/);
    if (by) author ??= by[1];
    else if (writes) {
      author ??= writes[1];
      title ??= writes[2];
    } else if (isPeople(trimmed)) author ??= trimmed;
    else if (parts.length >= 2 && isPeople(parts[0]!)) {
      author ??= parts[0];
      title ??= parts[1];
    } else if (!title && /\s/.test(trimmed) && !NOT_A_TITLE.test(trimmed) && !PUBLISHER_LINE.test(trimmed) && !YEAR.test(trimmed)) {
      title = trimmed;
    }
  }
  author ??= ON_TOPIC.exec(heading)?.[1] ?? POSSESSIVE.exec(heading)?.[1];
  return { author, title };
}

function isPeople(value: string): boolean {
  return value.length <= 80 && PEOPLE.test(value.trim());
}

/** `Mikhail Heller and Aleksandr Nekrich` -> two names; `Pavel Sudoplatov and Anatoli Sudoplatov` too. */
export function splitNames(author: string): string[] {
  return author
    .split(/\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

function surnames(author: string): string {
  const people = author.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
  const last = people.map((person) => person.trim().split(/\s+/).at(-1)!);
  const unique = [...new Set(last)];
  return unique.length > 2 ? `${unique[0]} et al.` : unique.join(' & ');
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** The main title (before a colon), in title case when the editor wrote it in capitals. */
function tidyTitle(title: string): string {
  const main = title.split(/\s*:\s/)[0]!.replace(/[.:;]+$/, '').trim();
  if (main !== main.toUpperCase() || !/\s/.test(main)) return main;
  return main
    .toLowerCase()
    .split(/\s+/)
    .map((word, index) => (index > 0 && SMALL_WORDS.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** The year of the edition: the first year in the last parenthesis of the last line naming one. */
function findYear(lines: string[]): string | undefined {
  for (const line of [...lines].reverse()) {
    const years = [...line.matchAll(YEARS)].map((match) => match[1]!);
    if (years.length === 0) continue;
    const parentheses = [...line.matchAll(/\(([^()]*)\)/g)].map((match) => match[1]!);
    const inParenthesis = parentheses.reverse().map((inner) => YEAR.exec(inner)?.[1]).find(Boolean);
    return inParenthesis ?? years.at(-1);
  }
  return undefined;
}

/**
 * Place and publisher from the line that gives the year: the last parenthesis holding it
 * (`(Hutchinson, London, 1985)`), or the comma-separated words after the title
 * (`…, Hamish Hamilton, London 1953:`), or a line of its own (`Ballantine Books, New York 1959`).
 */
export function imprint(lines: string[], year: string | undefined): { place?: string; publisher?: string } {
  if (!year) return {};
  for (const line of [...lines].reverse()) {
    if (!line.includes(year)) continue;
    const parentheses = [...line.matchAll(/\(([^()]*)\)/g)].map((match) => match[1]!).filter((inner) => inner.includes(year));
    const source = parentheses.at(-1) ?? line.replace(/[.:;]+\s*$/, '');
    if (NOT_AN_IMPRINT.test(source)) return {};
    const segments = source.split(/\s*,\s*/);
    const at = segments.findIndex((segment) => YEAR.test(segment));
    if (at < 0) return {};
    const own = segments[at]!.replace(YEARS, '').replace(/[\s,.:;]+$/, '').trim();
    const placeAt = own ? at : at - 1;
    const place = own || segments[placeAt];
    // Publisher: inside a parenthesis, the capitalised segments before the place (`Little, Brown
    // and Company`); in a heading's run of segments only the one before it, since the title and
    // the author come before that.
    const before: string[] = [];
    for (let index = placeAt - 1; index >= 0; index--) {
      const segment = segments[index]!.replace(/^\(/, '');
      if (!PUBLISHER_NAME.test(segment) || segment.split(/\s+/).length > 5) break;
      before.unshift(segment);
      if (parentheses.length === 0) break;
    }
    if (!place || !/^\p{Lu}/u.test(place) || place.split(/\s+/).length > 4) return {};
    return { place, publisher: before.join(', ') || undefined };
  }
  return {};
}
