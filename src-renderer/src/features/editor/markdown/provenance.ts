/**
 * Which top-level blocks are still exactly as they were loaded.
 *
 * Lexical never mutates a node of a committed editor state: the first write
 * to a node in an update clones it (`getWritable`), and a parent whose
 * children change is written too. So a block is unchanged for as long as
 * every node object in its subtree is one created by the import. This makes
 * the check a walk with set lookups (no re-serialisation, no update
 * listeners to register), survives undo (the old objects come back), and
 * can only err on the safe side: a cloned-but-equal node is re-serialised,
 * never a changed one written back as its old source.
 */
import { $isElementNode, type LexicalNode, type NodeKey } from 'lexical';
import type { MarkdownDocument } from './document';

export interface BlockOrigin {
  /** Index of the block's first source block in `MarkdownDocument.blocks`. */
  readonly index: number;
  /** How many source blocks it stands for (adjacent lists merge into one ListNode). */
  readonly count: number;
}

interface Provenance {
  readonly loaded: WeakSet<LexicalNode>;
  readonly origins: Map<NodeKey, BlockOrigin>;
}

const provenances = new WeakMap<MarkdownDocument, Provenance>();

/** Start over for `doc`: its blocks are about to be imported again. */
export function forgetImport(doc: MarkdownDocument): void {
  provenances.delete(doc);
}

/** Remember the blocks just imported for `doc` (call at the end of the import update), after any imported before. */
export function $recordImport(doc: MarkdownDocument, blocks: ReadonlyArray<{ node: LexicalNode } & BlockOrigin>): void {
  let provenance = provenances.get(doc);
  if (!provenance) provenances.set(doc, (provenance = { loaded: new WeakSet(), origins: new Map() }));
  for (const { node, index, count } of blocks) {
    provenance.origins.set(node.getKey(), { index, count });
    collect(node, provenance.loaded);
  }
}

/**
 * `node` was the last block when more blocks were appended after it, and was
 * unchanged then: Lexical copied it only to link it to its new neighbour.
 */
export function $keepRelinked(doc: MarkdownDocument, node: LexicalNode): void {
  provenances.get(doc)?.loaded.add(node.getLatest());
}

function collect(node: LexicalNode, into: WeakSet<LexicalNode>): void {
  into.add(node);
  if ($isElementNode(node)) for (const child of node.getChildren()) collect(child, into);
}

/** Where a top-level block came from, if it came from `doc` at all. */
export function $originOf(doc: MarkdownDocument, node: LexicalNode): BlockOrigin | undefined {
  return provenances.get(doc)?.origins.get(node.getKey());
}

export function $isUnchanged(doc: MarkdownDocument, node: LexicalNode): boolean {
  const loaded = provenances.get(doc)?.loaded;
  return loaded !== undefined && isLoadedTree(node.getLatest(), loaded);
}

function isLoadedTree(node: LexicalNode, loaded: WeakSet<LexicalNode>): boolean {
  if (!loaded.has(node)) return false;
  return !$isElementNode(node) || node.getChildren().every((child) => isLoadedTree(child, loaded));
}
