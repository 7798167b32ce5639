export { parseDocument, type ParseOptions } from './parse-document.ts';
export { decodeText } from './lib/decode.ts';
export { fromText } from './lib/from-text.ts';
export { toString } from './lib/to-string.ts';
export { normalizeNewlines } from './lib/text.ts';
export type * from './types.ts';
export { excerptWork } from './lib/excerpt-work.ts';
export { eachNode, eachOfType } from './lib/each-node.ts';
