/**
 * A Markdown file split into what the editor shows and what it must keep:
 * the front matter (edited elsewhere, by the properties panel) and the body's
 * top-level blocks, each with the exact source text it was read from.
 */
import type { Nodes, RootContent } from 'mdast';
import { CutPoints } from './cut-points';
import { rewriteInlineSyntax } from './inline-syntax';
import { parseMarkdown } from './syntax';

export interface Frontmatter {
  /** The whole front matter as written, fences included, without the line ending after the closing fence. */
  readonly raw: string;
  /** The YAML between the fences. */
  readonly yaml: string;
}

export interface SourceBlock {
  readonly node: RootContent;
  /** Whitespace between the previous block (or the start of the body) and this block's first line. */
  readonly gap: string;
  /** The block's source, from the start of its first line to its end. */
  readonly raw: string;
}

export interface MarkdownDocument {
  readonly source: string;
  /** A byte order mark the file started with ('' or '\uFEFF'); kept apart because the parser drops it. */
  readonly bom: string;
  /** The file's first line ending, used for re-serialised blocks. */
  readonly eol: string;
  readonly frontmatter: Frontmatter | null;
  /** Everything after the front matter. `frontmatter.raw + body` is the source (after the BOM). */
  readonly body: string;
  readonly blocks: readonly SourceBlock[];
  /**
   * Whitespace after the last block. `gap + raw` of every block, then
   * `trailing`, is the body. While a DocumentReader is still reading, it is
   * everything after the last block read, the unread rest included.
   */
  readonly trailing: string;
}

const BOM = '\uFEFF';

/** Parse a file's text. Joining the pieces gives back `source` exactly. */
export function parseDocument(source: string): MarkdownDocument {
  const reader = new DocumentReader(source);
  appendBlocks(reader.doc, reader.read(Infinity));
  return reader.doc;
}

/**
 * Reads a file piece by piece, cut where the pieces parse exactly as within
 * the whole file (see cut-points.ts), so that the start of a big note can be
 * shown long before the rest is parsed.
 *
 * `doc` starts with no blocks and its whole body as `trailing`; the blocks
 * that `read` returns are added to it with `appendBlocks` once the editor has
 * them. Until then the rest of the file is still, verbatim, the trailing
 * text, which is what writing the document back must produce for it.
 *
 * It may also start with only the file's first lines (`complete` false): it
 * then reads no piece whose end it cannot be sure of, and `extend` gives it
 * the whole file once that has arrived.
 */
export class DocumentReader {
  readonly doc: MarkdownDocument;
  private text: string;
  /** Null when the file is read whole. */
  private cuts: CutPoints | null;
  private complete: boolean;
  /** How far `text` has been parsed. */
  private parsed = 0;
  /** Line endings before `parsed`: a piece's line numbers start there. */
  private lines = 0;
  /** End of the last block read: where the next block's gap starts. */
  private cursor: number;
  /** The first piece, parsed up front because it holds the front matter; null once read, or when the start was too short for it. */
  private pending: SourceBlock[] | null;

  /** `firstBytes`: the least the first piece holds; Infinity reads the file whole. */
  constructor(source: string, firstBytes = Infinity, complete = true) {
    const bom = source.startsWith(BOM) ? BOM : '';
    this.text = source.slice(bom.length);
    this.complete = complete;
    this.cuts = firstBytes === Infinity ? null : new CutPoints(this.text);
    let children = this.parsePiece(firstBytes);
    let frontmatter: Frontmatter | null = null;
    this.cursor = 0;
    const first = children?.[0];
    if (children && first?.type === 'yaml' && first.position?.start.offset === 0) {
      this.cursor = first.position.end.offset ?? 0;
      frontmatter = { raw: this.text.slice(0, this.cursor), yaml: first.value };
      children = children.slice(1);
    }
    const body = this.text.slice(this.cursor);
    const eol = /\r\n|\n|\r/.exec(this.text)?.[0] ?? '\n';
    this.doc = { source, bom, eol, frontmatter, body, blocks: [], trailing: body };
    this.pending = children && this.toBlocks(children);
  }

  get done(): boolean {
    return this.complete && this.pending === null && this.parsed === this.text.length;
  }

  /** Whether `read` has something to give now: false when done, or when only the rest of the file can tell where the next piece ends. */
  get canRead(): boolean {
    return !this.done && (this.pending !== null || this.complete || this.cutAfter(this.parsed + 1) !== null);
  }

  /** The share of the file parsed so far, 0 to 1 (0 until the whole file is known). */
  get progress(): number {
    if (!this.complete) return 0;
    return this.text.length === 0 ? 1 : this.parsed / this.text.length;
  }

  /** The blocks of the next piece (at least `bytes` long, unless the file ends first); none when `canRead` is false. */
  read(bytes: number): SourceBlock[] {
    const pending = this.pending;
    if (pending) {
      this.pending = null;
      return pending;
    }
    if (this.done) return [];
    const children = this.parsePiece(bytes);
    return children ? this.toBlocks(children) : [];
  }

  /**
   * The whole file, when the reader began with its start. False when what
   * was read so far may read differently in the whole file (its start is not
   * the same, the first piece could not be read, or the file may hold a
   * definition, which applies everywhere): the caller starts over with it.
   */
  extend(source: string): boolean {
    const text = source.slice(this.doc.bom.length);
    const cuts = new CutPoints(text);
    if (this.complete || this.parsed === 0 || !source.startsWith(this.doc.bom) || !text.startsWith(this.text) || cuts.readWhole) return false;
    extendDocument(this.doc, source, text.slice(this.text.length));
    this.text = text;
    this.cuts = cuts;
    this.complete = true;
    return true;
  }

  /**
   * Parse from `parsed` to the first cut at least `bytes` on. A piece whose
   * last block runs on to its end (an unclosed fence, as far as the piece
   * knows) may continue past the cut: it is read again, twice as long, so
   * that a long code block costs a few re-reads, not one per cut. Null when
   * the text is only the file's start and holds no cut far enough on.
   */
  private parsePiece(bytes: number): RootContent[] | null {
    const start = this.parsed;
    let end = this.cutAfter(start + bytes);
    for (;;) {
      if (end === null) return null;
      const piece = this.text.slice(start, end);
      const tree = parseMarkdown(piece);
      if (end === this.text.length || endsBeforeBlankLine(tree.children, piece)) {
        shiftPositions(tree.children, start, this.lines);
        this.lines += lineEndings(piece);
        this.parsed = end;
        return tree.children;
      }
      end = this.cutAfter(start + 2 * (end - start));
    }
  }

  /** The first cut at or after `offset`; the end of the text only when it is the end of the file, else null. */
  private cutAfter(offset: number): number | null {
    const cut = this.cuts?.atOrAfter(offset) ?? this.text.length;
    return cut === this.text.length && !this.complete ? null : cut;
  }

  private toBlocks(children: readonly RootContent[]): SourceBlock[] {
    return children.map((node) => {
      rewriteInlineSyntax(node, this.text);
      const start = lineStart(this.text, node.position?.start.offset ?? this.cursor, this.cursor);
      const end = node.position?.end.offset ?? start;
      const block = { node, gap: this.text.slice(this.cursor, start), raw: this.text.slice(start, end) };
      this.cursor = end;
      return block;
    });
  }
}

/** The rest of the file arrived: it goes after everything, as trailing text until it is read. */
function extendDocument(doc: MarkdownDocument, source: string, rest: string): void {
  const mutable = doc as unknown as { source: string; body: string; trailing: string };
  mutable.source = source;
  mutable.body += rest;
  mutable.trailing += rest;
}

/**
 * Add blocks that `DocumentReader.read` returned for `doc`, in order, once
 * they are in the editor: they leave `trailing`, which keeps the rest.
 */
export function appendBlocks(doc: MarkdownDocument, blocks: readonly SourceBlock[]): void {
  // With extendDocument, the only places a document changes: it is read-only to everything else.
  const mutable = doc as unknown as { blocks: SourceBlock[]; trailing: string };
  let length = 0;
  for (const block of blocks) {
    mutable.blocks.push(block);
    length += block.gap.length + block.raw.length;
  }
  mutable.trailing = mutable.trailing.slice(length);
}

/** Whether the last block ends before a blank line, so that nothing in the piece runs on into the next one. */
function endsBeforeBlankLine(children: readonly RootContent[], piece: string): boolean {
  const end = children[children.length - 1]?.position?.end.offset ?? 0;
  return /(?:\r\n|\r|\n)[ \t]*(?:\r\n|\r|\n)/.test(piece.slice(end));
}

/** Make a piece's positions the file's: offsets and lines move, columns stay (pieces start at a line start). */
function shiftPositions(nodes: readonly Nodes[], offset: number, lines: number): void {
  for (const node of nodes) {
    const { start, end } = node.position ?? {};
    if (start && end) {
      node.position = {
        start: { line: start.line + lines, column: start.column, offset: (start.offset ?? 0) + offset },
        end: { line: end.line + lines, column: end.column, offset: (end.offset ?? 0) + offset },
      };
    }
    if ('children' in node && Array.isArray(node.children)) shiftPositions(node.children as Nodes[], offset, lines);
  }
}

/** Counted as micromark counts lines: CRLF is one line ending. */
function lineEndings(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * Move `offset` back to the start of its line when only indentation precedes
 * it there: a block's indentation belongs to the block (its continuation
 * lines are indented relative to it), never to the gap.
 */
function lineStart(text: string, offset: number, floor: number): number {
  let i = offset;
  while (i > floor && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === floor || text[i - 1] === '\n' || text[i - 1] === '\r' ? i : offset;
}

/** The front matter block as it should be written for `yaml`. */
export function formatFrontmatter(yaml: string, eol: string): string {
  return yaml === '' ? `---${eol}---` : `---${eol}${yaml.replace(/\r?\n$/, '')}${eol}---`;
}
