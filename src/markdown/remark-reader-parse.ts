/**
 * remark plugin: parse the editor's plain text (not Markdown) into the reader's mdast.
 * A thin shell around `fromText`, as remark-parse is around mdast-util-from-markdown: characters
 * HTML cannot carry are shown first, and the checks that need the whole tree run after.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { fromText, lintTree, showUnshowable } from '../parser/index.ts';

const remarkReaderParse: Plugin<[], string, Root> = function () {
  this.parser = (document, file) => {
    const tree = fromText(showUnshowable(document, file), { file });
    lintTree(tree, file);
    return tree;
  };
};

export default remarkReaderParse;
