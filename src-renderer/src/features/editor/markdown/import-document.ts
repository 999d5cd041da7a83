/** Loading a parsed document into an editor, remembering where each block came from. */
import { $addUpdateTag, $getRoot } from 'lexical';
import { appendBlocks, type MarkdownDocument, type SourceBlock } from './document';
import { $importBlocks, type ImportContext } from './import';
import { $isUnchanged, $keepRelinked, $recordImport, forgetImport } from './provenance';

/** Update tag of the import, for listeners that should not treat loading a note as an edit. */
export const MARKDOWN_IMPORT_TAG = 'markdown-import';

/** Per document, so that inline wrapper ids stay unique across the pieces of a document read in parts. */
const contexts = new WeakMap<MarkdownDocument, ImportContext>();

/**
 * Replace the editor's content with `doc`'s body. Call inside `editor.update()`.
 * `doc` must then be passed to `$exportDocument` for this editor.
 */
export function $importDocument(doc: MarkdownDocument): void {
  $getRoot().clear();
  forgetImport(doc);
  contexts.set(doc, { source: doc.source.slice(doc.bom.length), nextId: 0 });
  $importInto(doc, doc.blocks, 0);
}

/**
 * Add the next blocks a DocumentReader read for `doc` (already imported with
 * `$importDocument`) after the editor's last block, and to `doc` itself.
 */
export function $appendBlocks(doc: MarkdownDocument, blocks: readonly SourceBlock[]): void {
  const first = doc.blocks.length;
  appendBlocks(doc, blocks);
  $importInto(doc, blocks, first);
}

function $importInto(doc: MarkdownDocument, blocks: readonly SourceBlock[], first: number): void {
  $addUpdateTag(MARKDOWN_IMPORT_TAG);
  const ctx = contexts.get(doc);
  if (!ctx) throw new Error('$appendBlocks: import the document with $importDocument first');
  const imported = $importBlocks(
    blocks.map((b) => b.node),
    ctx,
    (i) => blocks[i]!.raw,
  );
  let index = first;
  const records = imported.map(({ node, count }) => {
    const record = { node, index, count };
    index += count;
    return record;
  });
  const root = $getRoot();
  const last = root.getLastChild();
  const lastUnchanged = last !== null && $isUnchanged(doc, last);
  root.append(...imported.map((b) => b.node));
  $recordImport(doc, records);
  if (lastUnchanged) $keepRelinked(doc, last);
}
