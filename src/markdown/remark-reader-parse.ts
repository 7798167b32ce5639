/**
 * remark plugin: parse the editor's plain text (not Markdown) into the reader's mdast. A thin shell
 * around `parseDocument`, as remark-parse is around mdast-util-from-markdown.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { type ParseOptions, parseDocument } from '../parser/index.ts';

const remarkReaderParse: Plugin<[ParseOptions?], string, Root> = function (options = {}) {
  this.parser = (_document, file) => parseDocument(file, options);
};

export default remarkReaderParse;
