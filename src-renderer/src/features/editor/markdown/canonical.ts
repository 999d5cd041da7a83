/**
 * The re-serialised form of a block as it was loaded. A block can be
 * re-created without being edited: a plugin normalises it, code highlighting
 * splits its text into tokens, the user types and deletes the same word. Such
 * a block fails the cheap node-identity check of provenance.ts, yet it is
 * still the loaded block when it serialises exactly as the loaded block
 * would, and then its source is written back byte for byte.
 *
 * The loaded form is computed on demand (only for blocks that fail the
 * identity check) by loading the block's source alone into a headless editor,
 * and cached per document.
 */
import type { LexicalNode } from 'lexical';
import { $getRoot } from 'lexical';
import { parseDocument, type MarkdownDocument } from './document';
import { createMarkdownEditor } from './headless';
import { $importDocument } from './import-document';

const cache = new WeakMap<MarkdownDocument, Map<number, string>>();

/**
 * `serialize` is the exporter's own block serialiser, so both sides of the
 * comparison are written by the same code. A block that parses differently
 * out of context (a reference link whose definition is elsewhere) simply
 * compares unequal and is re-serialised: the safe side.
 */
export function canonicalOf(
  doc: MarkdownDocument,
  index: number,
  source: string,
  serialize: (node: LexicalNode, eol: string) => string,
): string {
  let forDoc = cache.get(doc);
  if (!forDoc) cache.set(doc, (forDoc = new Map()));
  let canonical = forDoc.get(index);
  if (canonical === undefined) {
    const editor = createMarkdownEditor();
    const block = parseDocument(source);
    editor.update(() => $importDocument(block), { discrete: true });
    canonical = editor.read(() => $getRoot().getChildren().map((node) => serialize(node, doc.eol)).join(doc.eol + doc.eol));
    forDoc.set(index, canonical);
  }
  return canonical;
}
