/**
 * Text that a page break interrupts is joined again, as the book reads: a paragraph stopping
 * mid-sentence goes on in the paragraph that opens with the next page marker, and a word hyphenated
 * across the page (`rightist de-` / `{p. 523} viation`) becomes one word with the page break after it.
 */
import type { Paragraph, PhrasingContent, Text } from 'mdast';
import type { PageBreak } from '../types.ts';
import { SENTENCE_END } from './patterns.ts';

/**
 * Joins `next` onto `previous` when the page break interrupts a sentence: the previous paragraph
 * stops without closing punctuation and the next one opens with a page marker. Returns whether it joined.
 */
export function continueAcrossPage(previous: Paragraph, next: Paragraph): boolean {
  const [first, second] = next.children;
  if (first?.type !== 'pageBreak') return false;
  const last = previous.children.at(-1);
  if (last?.type !== 'text') return false;
  const rest = second?.type === 'text' ? second : undefined;
  const restValue = rest?.value.trimStart() ?? '';
  const startsLower = /^\p{Ll}/u.test(restValue);

  if (rest && joinHyphenated(last, first, rest)) {
    const children = rest.value ? next.children : next.children.filter((node) => node !== rest);
    previous.children.push(...children);
    extend(previous, next);
    return true;
  }

  if (SENTENCE_END.test(last.value) || /[-–—]$/.test(last.value)) return false;
  const lastWord = /([\p{L}\p{N}]+)[,]?$/u.exec(last.value)?.[1] ?? '';
  const endsLower = /^\p{Ll}/u.test(lastWord) || /,$/.test(last.value);
  if (!startsLower && !endsLower) return false;
  last.value += ' ';
  if (rest) rest.value = restValue;
  // A page marker followed by nothing but space leaves no empty text node behind.
  previous.children.push(...next.children.filter((node) => node !== rest || restValue !== ''));
  extend(previous, next);
  return true;
}

/** Joins the words hyphenated across a page marker inside one paragraph (`de-` / `{p. 523} viation`). */
export function joinHyphenatedWithin(children: PhrasingContent[]): void {
  for (let index = 1; index < children.length - 1; index++) {
    const [last, page, rest] = [children[index - 1]!, children[index]!, children[index + 1]!];
    if (last.type !== 'text' || page.type !== 'pageBreak' || rest.type !== 'text') continue;
    if (joinHyphenated(last, page, rest) && rest.value === '') children.splice(index + 1, 1);
  }
}

/**
 * A word hyphenated across a page (`de-` `{p. 523}` `viation`) becomes one word before the page
 * break (`deviation`), which keeps the halves as written in `split`. The hyphen stays when the
 * second half opens with a capital (`Anglo-` / `Scottish`). Returns whether it joined.
 */
function joinHyphenated(last: Text, page: PageBreak, rest: Text): boolean {
  const before = last.value.trimEnd();
  const restValue = rest.value.trimStart();
  const hyphenated = /(\p{L}+)-$/u.exec(before);
  if (!hyphenated || !/^\p{L}/u.test(restValue)) return false;
  const tail = /^[\p{L}\p{M}\p{N}'’]+/u.exec(restValue)![0];
  const keepHyphen = !/^\p{Ll}/u.test(restValue);
  page.split = `${hyphenated[1]}-|${tail}`;
  last.value = (keepHyphen ? before : before.slice(0, -1)) + tail;
  rest.value = restValue.slice(tail.length);
  return true;
}

function extend(previous: Paragraph, next: Paragraph): void {
  if (previous.position && next.position) previous.position.end = next.position.end;
}
