/**
 * Walks a tree in document order, each node before what is below it: `visit` is called on every
 * node, and a node's children are read after it returns, so that a visitor may replace them.
 *
 * The pipeline's hot walks use this rather than unist-util-visit (6.1), which names a new closure
 * for every node it passes (Object.defineProperty, for readable stack traces): rendering 100
 * documents took a fifth longer with it. Walks that need a node's parent, index or ancestors, or
 * to leave out what is below a node, use unist-util-visit.
 */
import type { Nodes as HastNodes } from 'hast';
import type { Nodes as MdastNodes } from 'mdast';

export function eachNode(tree: MdastNodes, visit: (node: MdastNodes) => void): void;
export function eachNode(tree: HastNodes, visit: (node: HastNodes) => void): void;
export function eachNode(tree: MdastNodes | HastNodes, visit: (node: never) => void): void {
  walk(tree, visit as (node: MdastNodes | HastNodes) => void);
}

/** Every node of `type` in `tree`, in document order. */
export function eachOfType<Type extends MdastNodes['type']>(tree: MdastNodes, type: Type, visit: (node: Extract<MdastNodes, { type: Type }>) => void): void {
  walk(tree, (node) => {
    if (node.type === type) visit(node as Extract<MdastNodes, { type: Type }>);
  });
}

function walk(node: MdastNodes | HastNodes, visit: (node: MdastNodes | HastNodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}
