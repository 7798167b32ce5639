/**
 * Finds the editor's brace groups `{...}` in a document.
 *
 * A group closes in the paragraph it opens in, or, when it opens a paragraph, up to
 * MAX_NOTE_PARAGRAPHS paragraphs later (a note of several paragraphs, with no brace opening in
 * them: that would mean the first one was left open). Whatever does not pair up is
 * reported and left as text: an unclosed `{`, a stray `}`. Braces inside a group are kept as the
 * group's text and reported as nested. Bounded look-ahead keeps this linear in the input.
 */

export interface Span {
  start: number;
  end: number;
}

export interface BraceGroup extends Span {
  /** Index of the paragraph the group opens in and of the one it closes in. */
  firstParagraph: number;
  lastParagraph: number;
}

export type BraceProblem =
  | { kind: 'unclosed'; offset: number }
  | { kind: 'stray'; offset: number }
  | { kind: 'nested'; offset: number };

export const MAX_NOTE_PARAGRAPHS = 12;

const BRACE = /[{}]/g;

export function scanBraces(
  text: string,
  paragraphs: Span[],
  isHeading: (paragraph: number) => boolean,
): { groups: BraceGroup[]; problems: BraceProblem[] } {
  const groups: BraceGroup[] = [];
  const problems: BraceProblem[] = [];
  let paragraph = 0;
  let index = paragraphs.length > 0 ? paragraphs[0]!.start : 0;
  let nextBrace = -1;

  while (paragraph < paragraphs.length) {
    const { end } = paragraphs[paragraph]!;
    if (index >= end) {
      paragraph++;
      if (paragraph < paragraphs.length) index = paragraphs[paragraph]!.start;
      continue;
    }
    const char = text[index];
    if (char === '}') {
      problems.push({ kind: 'stray', offset: index });
      index++;
      continue;
    }
    if (char !== '{') {
      // Jump to the next brace (most of a document has none), remembered across paragraphs.
      if (nextBrace <= index) {
        BRACE.lastIndex = index + 1;
        nextBrace = BRACE.exec(text)?.index ?? text.length;
      }
      index = Math.min(nextBrace, end);
      continue;
    }
    const close = findClose(text, paragraphs, paragraph, index, isHeading);
    if (close === undefined) {
      problems.push({ kind: 'unclosed', offset: index });
      index++;
      continue;
    }
    problems.push(...close.nested.map((offset) => ({ kind: 'nested' as const, offset })));
    groups.push({ start: index, end: close.offset + 1, firstParagraph: paragraph, lastParagraph: close.paragraph });
    paragraph = close.paragraph;
    index = close.offset + 1;
  }
  return { groups, problems };
}

function findClose(
  text: string,
  paragraphs: Span[],
  paragraph: number,
  open: number,
  isHeading: (paragraph: number) => boolean,
): { offset: number; paragraph: number; nested: number[] } | undefined {
  const opensParagraph = paragraphs[paragraph]!.start === open;
  const last = opensParagraph ? Math.min(paragraphs.length - 1, paragraph + MAX_NOTE_PARAGRAPHS) : paragraph;
  const nested: number[] = [];
  let depth = 0;
  for (let current = paragraph; current <= last; current++) {
    if (current > paragraph && isHeading(current)) return undefined;
    const span = paragraphs[current]!;
    for (let index = current === paragraph ? open : span.start; index < span.end; index++) {
      const char = text[index];
      if (char === '{') {
        // A brace opening in a later paragraph means the first one was left open by mistake.
        if (current > paragraph) return undefined;
        if (depth > 0) nested.push(index);
        depth++;
      } else if (char === '}') {
        depth--;
        if (depth === 0) return { offset: index, paragraph: current, nested };
      }
    }
  }
  return undefined;
}

const PROBLEMS: Record<BraceProblem['kind'], { reason: string; ruleId: string }> = {
  unclosed: { reason: 'Unexpected unclosed `{`, expected a `}` in the same paragraph; kept as text', ruleId: 'unclosed-brace' },
  stray: { reason: 'Unexpected `}` with no `{` before it, expected braces in pairs; kept as text', ruleId: 'stray-brace' },
  nested: { reason: 'Unexpected `{` inside an editor\'s comment, expected braces not to nest; kept as text of the comment', ruleId: 'nested-brace' },
};

/** Reports each problem at its brace. */
export function reportBraceProblems(problems: BraceProblem[], warn: (reason: string, start: number, end: number, ruleId: string) => void): void {
  for (const { kind, offset } of problems) warn(PROBLEMS[kind].reason, offset, offset + 1, PROBLEMS[kind].ruleId);
}
