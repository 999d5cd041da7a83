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
 *
 * A big note's first lines can arrive before the whole file (see
 * `notes:readStart`): the load shows what it safely can of them, and goes on
 * once `complete` hands it the whole text.
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

/** About a screenful of Markdown: parsed and imported in a few milliseconds of the click that opens the note. */
const FIRST_PIECE_BYTES = 3_000;
/** Small enough that one piece parses in a couple of milliseconds. */
const PIECE_BYTES = 2_000;
/** Parsing per slice; importing and painting the blocks come on top. */
const PARSE_BUDGET_MS = 4;

export class ProgressiveLoad {
  private readonly reader: DocumentReader;
  private readonly listeners = new Set<() => void>();
  private stopLoading: (() => void) | null = null;
  /** Asks for the next slice while loading; null when not loading. */
  private requestSlice: (() => void) | null = null;

  /** `complete` false: `source` is only the file's first lines. */
  constructor(source: string, complete = true) {
    this.reader = new DocumentReader(source, FIRST_PIECE_BYTES, complete);
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

  /**
   * The whole file, for a load that began with its start. False when the
   * load cannot go on from what it has shown: replace it with a new one.
   */
  complete(source: string): boolean {
    if (!this.reader.extend(source)) return false;
    this.requestSlice?.();
    return true;
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
    const requestSlice = () => channel.port2.postMessage(null);
    channel.port1.onmessage = () => {
      this.appendSlice(editor);
      if (this.reader.done) {
        this.stop();
        editor.dispatchCommand(CLEAR_HISTORY_COMMAND, undefined);
      } else if (this.reader.canRead) requestSlice();
      // else: waiting for the rest of the file; `complete` asks again.
    };
    // The first slice waits for the frame that shows the first piece: it is what the user waits for.
    const frame = requestAnimationFrame(requestSlice);
    this.requestSlice = requestSlice;
    this.stopLoading = () => {
      cancelAnimationFrame(frame);
      channel.port1.close();
      unregister();
      this.requestSlice = null;
    };
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
    while (this.reader.canRead && performance.now() - started < PARSE_BUDGET_MS);
    if (blocks.length === 0) return;
    editor.update(() => $appendBlocks(this.doc, blocks), { discrete: true, tag: HISTORIC_TAG });
    for (const listener of this.listeners) listener();
  }
}
