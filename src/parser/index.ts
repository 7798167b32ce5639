export { fromText, type FromTextOptions } from './lib/from-text.ts';
export { describeQuotedWork, type QuotedWork } from './lib/source.ts';
export { toString } from './lib/to-string.ts';
export { normalizeNewlines } from './lib/text.ts';
export type * from './types.ts';
export { excerptWork } from './lib/excerpt-work.ts';
export { lintTree } from './lib/lint.ts';
export { showUnshowable } from './lib/hygiene.ts';
