/**
 * Opens a note in pieces, so that a big one shows its first screenful at once
 * and stays usable while the rest arrives: the first piece is imported with
 * the editor's initial state, the others are parsed and appended in short
 * time slices between frames and key presses.
 *
 * Until the last piece is in, the export writes the part not loaded yet as it
 * is (see DocumentReader), so a save during loading is exact. Appending is
 * tagged as an import (not an edit, for the save listener) and as historic
 * (not an undo step). Undo is held off until the load completes, and the
 * history is cleared then: an undo step taken before a piece arrived would
 * restore an editor state without that piece.
 */
import {
  CLEAR_HISTORY_COMMAND,
  COMMAND_PRIORITY_CRITICAL,
  HISTORIC_TAG,
  mergeRegister,
  REDO_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { $appendBlocks, $importDocument, DocumentReader, type MarkdownDocument, type SourceBlock } from './markdown';

/** About two screenfuls of Markdown: parsed and imported well within a frame budget of the click that opens the note. */
const FIRST_PIECE_BYTES = 6_000;
/** Small enough that one piece parses in a couple of milliseconds. */
const PIECE_BYTES = 2_000;
/** Parsing per slice; importing and painting the blocks come on top. */
const PARSE_BUDGET_MS = 4;

export class ProgressiveLoad {
  private readonly reader: DocumentReader;
  private readonly listeners = new Set<() => void>();
  private stopLoading: (() => void) | null = null;

  constructor(source: string) {
    this.reader = new DocumentReader(source, FIRST_PIECE_BYTES);
  }

  /** The document to export with: it holds the loaded blocks, and the rest as trailing text. */
  get doc(): MarkdownDocument {
    return this.reader.doc;
  }

  /** How much of the note is loaded, 0 to 1. */
  getProgress(): number {
    return this.reader.done ? 1 : this.reader.progress;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Inside an editor update (or as the initial editor state): replace the content with the first piece. */
  $showFirstPiece(): void {
    $importDocument(this.doc);
    $appendBlocks(this.doc, this.reader.read(FIRST_PIECE_BYTES));
  }

  /** Append the rest to `editor` in the background, until done or `stop()`. */
  continueIn(editor: LexicalEditor): void {
    this.stop();
    if (this.reader.done) return;
    const holdHistory = () => !this.reader.done;
    const unregister = mergeRegister(
      editor.registerCommand(UNDO_COMMAND, holdHistory, COMMAND_PRIORITY_CRITICAL),
      editor.registerCommand(REDO_COMMAND, holdHistory, COMMAND_PRIORITY_CRITICAL),
    );
    // A message, unlike a timeout, runs at once (no 4 ms clamp), yet after
    // the input and rendering work that is waiting.
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      this.appendSlice(editor);
      if (!this.reader.done) channel.port2.postMessage(null);
      else {
        this.stop();
        editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
      }
    };
    this.stopLoading = () => {
      channel.port1.close();
      unregister();
    };
    channel.port2.postMessage(null);
  }

  /** Stop loading (the note is closed or replaced); what is loaded stays. */
  stop(): void {
    this.stopLoading?.();
    this.stopLoading = null;
  }

  private appendSlice(editor: LexicalEditor): void {
    const started = performance.now();
    let blocks: SourceBlock[] = [];
    do blocks = blocks.concat(this.reader.read(PIECE_BYTES));
    while (!this.reader.done && performance.now() - started < PARSE_BUDGET_MS);
    editor.update(() => $appendBlocks(this.doc, blocks), { discrete: true, tag: HISTORIC_TAG });
    for (const listener of this.listeners) listener();
  }
}
