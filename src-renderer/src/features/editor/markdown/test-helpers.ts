/** Shared setup for the pipeline's tests: a headless editor loaded with a note. */
import type { LexicalEditor } from 'lexical';
import { $exportDocument, $importDocument, createMarkdownEditor, parseDocument, type ExportOptions, type MarkdownDocument } from './index';

export interface LoadedNote {
  readonly editor: LexicalEditor;
  readonly doc: MarkdownDocument;
  /** What would be written now. */
  save(options?: ExportOptions): string;
  /** Apply an edit the way the live editor does: in a discrete update. */
  edit(change: () => void): void;
}

export function loadNote(source: string): LoadedNote {
  const editor = createMarkdownEditor();
  const doc = parseDocument(source);
  editor.update(() => $importDocument(doc), { discrete: true });
  return {
    editor,
    doc,
    save: (options) => editor.read(() => $exportDocument(doc, options)),
    edit: (change) => editor.update(change, { discrete: true }),
  };
}
