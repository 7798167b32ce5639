/**
 * remark plugin: parse the editor's plain text (not Markdown) into the reader's mdast.
 * A thin shell around `fromText`, as remark-parse is around mdast-util-from-markdown: characters
 * HTML cannot carry are shown first, and the checks that need the whole tree run after.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { fromText, lintTree, showUnshowable } from '../parser/index.ts';

export default function remarkReaderParse(this: Processor<Root>): void {
  this.parser = (document: string, file: VFile) => {
    const tree = fromText(showUnshowable(document, file), { file });
    lintTree(tree, file);
    return tree;
  };
}
