/** Loading a parsed document into an editor, remembering where each block came from. */
import { $addUpdateTag, $getRoot } from 'lexical';
import type { MarkdownDocument } from './document';
import { $importBlocks, type ImportContext } from './import';
import { $recordImport } from './provenance';

/** Update tag of the import, for listeners that should not treat loading a note as an edit. */
export const MARKDOWN_IMPORT_TAG = 'markdown-import';

/**
 * Replace the editor's content with `doc`'s body. Call inside `editor.update()`.
 * `doc` must then be passed to `$exportDocument` for this editor.
 */
export function $importDocument(doc: MarkdownDocument): void {
  $addUpdateTag(MARKDOWN_IMPORT_TAG);
  const root = $getRoot().clear();
  const ctx: ImportContext = { source: doc.source.slice(doc.bom.length), nextId: 0 };
  const imported = $importBlocks(
    doc.blocks.map((b) => b.node),
    ctx,
    (i) => doc.blocks[i]!.raw,
  );
  let index = 0;
  const records = imported.map(({ node, count }) => {
    const record = { node, index, count };
    index += count;
    return record;
  });
  root.append(...imported.map((b) => b.node));
  $recordImport(doc, records);
}
