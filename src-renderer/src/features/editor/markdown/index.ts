/**
 * The editor's lossless Markdown pipeline (headless: no React, no DOM).
 *
 *   const doc = parseDocument(fileText);
 *   editor.update(() => $importDocument(doc));
 *   const text = editor.read(() => $exportDocument(doc));   // === fileText until edited
 *
 * A big note is read in pieces instead (DocumentReader): import the reader's
 * `doc`, then `$appendBlocks(doc, reader.read(bytes))` until `reader.done`;
 * the export writes the part not read yet as it is.
 *
 * Unchanged blocks are written back as their exact source; edited ones are
 * re-serialised from mdast. Front matter never enters the editor: it is
 * `doc.frontmatter`, and `$exportDocument(doc, { frontmatter })` writes new YAML.
 */
import { $getRoot, $isElementNode, type LexicalNode } from 'lexical';
import { parseDocument } from './document';
import { $exportDocument } from './export';
import { createMarkdownEditor } from './headless';
import { $importDocument } from './import-document';
import { $isOpaqueBlockNode, $isOpaqueInlineNode } from './nodes';

export { DocumentReader, parseDocument, type Frontmatter, type MarkdownDocument, type SourceBlock } from './document';
export { $exportDocument, type ExportOptions } from './export';
export { isMeaningPreserved, describeMeaningChange, renderHtml, type Flavor } from './compare';
export { EDITOR_NODES, setImageSourceResolver, type ImageSourceResolver } from './nodes';
export { $appendBlocks, $importDocument, MARKDOWN_IMPORT_TAG } from './import-document';
export { createMarkdownEditor } from './headless';
export { $blockAtLine } from './block-at-line';

/** The kinds of opaque content in the editor (`html`, `wikilink`, ...), one entry per node. */
export function $opaqueKinds(): string[] {
  const kinds: string[] = [];
  const visit = (node: LexicalNode): void => {
    if ($isOpaqueBlockNode(node) || $isOpaqueInlineNode(node)) kinds.push(node.getKind());
    else if ($isElementNode(node)) node.getChildren().forEach(visit);
  };
  visit($getRoot());
  return kinds;
}

/** Load `source` into a headless editor and write it back with every block re-serialised. */
export function roundtripFull(source: string): string {
  return roundtripFullWithReport(source).markdown;
}

/** `roundtripFull`, plus which opaque nodes the note needed. */
export function roundtripFullWithReport(source: string): { markdown: string; opaque: string[] } {
  const editor = createMarkdownEditor();
  const doc = parseDocument(source);
  editor.update(() => $importDocument(doc), { discrete: true });
  return editor.read(() => ({ markdown: $exportDocument(doc, { forceFull: true }), opaque: $opaqueKinds() }));
}
