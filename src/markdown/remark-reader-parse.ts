/**
 * remark plugin: parse the editor's plain text (not Markdown) into the reader's mdast.
 * A thin shell around `fromText`, as remark-parse is around mdast-util-from-markdown.
 */
import type { Root } from 'mdast';
import type { Processor } from 'unified';
import type { VFile } from 'vfile';
import { fromText } from '../parser/index.ts';

export default function remarkReaderParse(this: Processor<Root>): void {
  this.parser = (document: string, file: VFile) => fromText(document, { file });
}
