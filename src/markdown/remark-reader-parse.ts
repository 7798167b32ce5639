/**
 * remark plugin: parse the editor's plain text (not Markdown) into the reader's mdast.
 * A thin shell around `fromText`, as remark-parse is around mdast-util-from-markdown.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { fromText } from '../parser/index.ts';

const remarkReaderParse: Plugin<[], string, Root> = function () {
  this.parser = (document, file) => fromText(document, { file });
};

export default remarkReaderParse;
