/**
 * Reads who wrote a quoted work, its title and year from an excerpt's heading and bibliography
 * lines, the way the editor writes them:
 *   `Isaac Deutscher, Russia After Stalin ..., Hamish Hamilton, London 1953:`
 *   `Peter Deriabin on Beria's Attempt ...` + `The Secret World` / `by Peter Deriabin and Frank Gibney`
 *   `Mikhail Heller and Aleksandr Nekrich, UTOPIA IN POWER: the History ... (Hutchinson, London, 1985).`
 * Every field is optional: a heading it cannot read still gets a label from its own words.
 */
import { YEAR } from './patterns.ts';

export interface QuotedWork {
  /** Author(s) as written, e.g. `Mikhail Heller and Aleksandr Nekrich`. */
  author?: string;
  /** Surnames for a short citation: `Heller & Nekrich`. */
  authorShort?: string;
  /** Title of the work, e.g. `Utopia in Power`. */
  title?: string;
  year?: string;
  /** A short citation label: `Deutscher, Russia After Stalin (1953)`. */
  label: string;
  /** The basis of a readable id: `deutscher-1953`. */
  key: string;
}

const NAME_WORD = String.raw`(?:[A-Z][\p{L}'’.-]*|de|von|van|der|la|le)`;
/** Two to five capitalised words, not opening with an article or preposition. */
const PERSON = String.raw`(?!(?:The|A|An|From|In|On|With|By|Of)\s)${NAME_WORD}(?:\s+${NAME_WORD}){1,4}`;
const PEOPLE = new RegExp(String.raw`^${PERSON}(?:(?:\s*,\s*|\s+(?:and|&)\s+)${PERSON})*$`, 'u');
/** `Kahan on ...`, `Peter Deriabin on ...`: one surname is enough before `on`. */
const SURNAME_OR_PERSON = String.raw`(?!(?:The|A|An|From|In|On|With|By|Of)\s)${NAME_WORD}(?:\s+${NAME_WORD}){0,4}`;
const ON_TOPIC = new RegExp(String.raw`^(${SURNAME_OR_PERSON}(?:\s+(?:and|&)\s+${SURNAME_OR_PERSON})*)\s+(?:on|writes|wrote|about)\b`, 'u');
const POSSESSIVE = new RegExp(String.raw`^(${NAME_WORD})['’]s\s`, 'u');
const BY_LINE = /^(?:by|edited by|ed\.)\s+(.+?)[.:,]?$/i;
const WRITES_IN = new RegExp(String.raw`^(${PERSON})\s+(?:writes|wrote)\s+in\s+(?:his|her|their|the)?\s*(?:online\s+)?(?:book\s+)?(.+?)(?:\s*\(|,|$)`, 'u');
const PUBLISHER_LINE = /^\(?[^()]*\b(?:Press|Books|Company|Publishers?|Verlag|Hamilton|London|New York)\b/;

export function describeQuotedWork(heading: string, bibliography: string[]): QuotedWork {
  const lines = [heading, ...bibliography].map((line) => line.trim()).filter(Boolean);
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
    } else if (!title && /\s/.test(trimmed) && !/^\(|^(?:with|foreword|introduction|translated|from)\b/i.test(trimmed) && !PUBLISHER_LINE.test(trimmed) && !YEAR.test(trimmed)) {
      title = trimmed;
    }
    YEAR.lastIndex = 0;
  }
  author ??= ON_TOPIC.exec(heading)?.[1] ?? POSSESSIVE.exec(heading)?.[1];

  const year = findYear(lines);
  const authorShort = author ? surnames(author) : undefined;
  const shortTitle = title ? tidyTitle(title) : undefined;
  const label =
    [authorShort, shortTitle].filter(Boolean).join(', ') + (year ? ` (${year})` : '') || heading.trim();
  const keyWords = authorShort ? [...new Set(authorShort.toLowerCase().split(/\s*&\s*|\s+/))] : heading.split(/\s+/).slice(0, 4);
  const key = [...keyWords, year].filter(Boolean).join(' ');
  return { author, authorShort, title: shortTitle, year, label: label || heading.trim(), key };
}

function isPeople(value: string): boolean {
  return value.length <= 80 && PEOPLE.test(value.trim());
}

/** The year of the edition: the first year in the last parenthesis of the last line naming one. */
function findYear(lines: string[]): string | undefined {
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!;
    const years = [...line.matchAll(YEAR)].map((match) => match[1]!);
    if (years.length === 0) continue;
    const parentheses = [...line.matchAll(/\(([^()]*)\)/g)].map((match) => match[1]!);
    for (let inner = parentheses.length - 1; inner >= 0; inner--) {
      const year = /\b(1[4-9]\d\d|20\d\d)\b/.exec(parentheses[inner]!)?.[1];
      if (year) return year;
    }
    return years.at(-1);
  }
  return undefined;
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
