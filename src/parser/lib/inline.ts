/**
 * A block's pieces as phrasing: the source's text (./phrasing.ts) and its brace groups, each
 * classified by its words and its place as a page break, a marker, a gloss or a note. A block that
 * is nothing but a note becomes a block note.
 */
import type { Paragraph, PhrasingContent } from 'mdast';
import type { BlockEditorNote } from '../types.ts';
import type { BraceGroup } from './braces.ts';
import { type RawBlock, trimSpan } from './blocks.ts';
import { joinHyphenatedWithin } from './page-joins.ts';
import { KNOWN_MARKER, MARKER_LIKE, MAX_GLOSS_WORDS, PAGE_LIKE, PAGE_NAME, PAGE_NUMBER, SENTENCE_END } from './patterns.ts';
import { groupPhrasing, phrasing } from './phrasing.ts';
import type { SourceText } from './source-text.ts';
import { countWords } from './text.ts';

/**
 * `line`: a heading or contents line, whose phrasing stays phrasing even when it is all a note.
 */
export function blockContent(source: SourceText, block: RawBlock, line = false): Paragraph | BlockEditorNote {
  const position = source.position(block.start, block.end);
  if (block.note) {
    const children = block.note.paragraphs
      .map((span) => trimSpan(source.text, span))
      .filter((span) => span.end > span.start)
      .map((span): Paragraph => ({ type: 'paragraph', children: phrasing(source, span.start, span.end), position: source.position(span.start, span.end) }));
    return { type: 'blockEditorNote', number: 0, children, position };
  }
  const children: PhrasingContent[] = [];
  // What a group is depends on the text before it, and on whether a note or marker just ended.
  let before = '';
  let afterGroup = false;
  for (const piece of block.pieces) {
    if (piece.kind === 'text') {
      children.push(...phrasing(source, piece.start, piece.end));
      before = source.text.slice(piece.start, piece.end);
      afterGroup = false;
    } else {
      const node = braceGroup(source, piece.group, before, afterGroup && before.trim() === '');
      children.push(node);
      if (node.type !== 'pageBreak') {
        before = '';
        afterGroup = node.type === 'editorNote' || node.type === 'marker';
      }
    }
  }
  joinHyphenatedWithin(children);
  if (!line && children.length === 1 && children[0]!.type === 'editorNote') {
    const note = children[0];
    const paragraph: Paragraph = { type: 'paragraph', children: note.children, position: source.position(block.start + 1, block.end - 1) };
    return { type: 'blockEditorNote', number: 0, children: [paragraph], position };
  }
  return { type: 'paragraph', children, position };
}

/** A brace group in running text: page break, marker, gloss or note, by its words and place. */
function braceGroup(source: SourceText, group: BraceGroup, before: string, afterGroup: boolean): PhrasingContent {
  const raw = source.text.slice(group.start, group.end);
  const words = raw.slice(1, -1).trim();
  const position = source.position(group.start, group.end);
  const page = PAGE_NUMBER.exec(words)?.[1] ?? (PAGE_NAME.test(words) ? words : undefined);
  if (page !== undefined) return { type: 'pageBreak', value: page.replace(/\s+/g, ' '), raw, id: '', position };
  if (PAGE_LIKE.test(words)) {
    source.warn(`Unexpected \`${raw}\`, expected a page marker such as \`{p. 31}\` or \`{pp. 12-13}\`; kept as the editor's words`, group.start, group.end, 'page-like');
  }
  if (KNOWN_MARKER.test(words)) return { type: 'marker', value: words, position };
  if (MARKER_LIKE.test(words) && countWords(words) <= 4) {
    source.warn(`Unexpected marker \`${raw}\`, expected one of \`{start}\`, \`{end of text}\`, \`{endquote}\`, \`{end of quotes}\`; shown as the editor's marker`, group.start, group.end, 'unknown-marker');
    return { type: 'marker', value: words, position };
  }
  if (!words) {
    source.warn('Unexpected empty `{}`, expected the editor\'s words inside the braces', group.start, group.end, 'empty-braces');
    return { type: 'gloss', children: [], position };
  }
  const insideSentence = before.trim() !== '' && !SENTENCE_END.test(before) && !afterGroup;
  if (insideSentence && countWords(words) <= MAX_GLOSS_WORDS) {
    return { type: 'gloss', children: groupPhrasing(source, group), position };
  }
  return { type: 'editorNote', number: 0, children: groupPhrasing(source, group), position };
}
