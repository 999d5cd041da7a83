/**
 * Where a note can be cut into pieces that each parse, on their own, exactly
 * as they do within the whole file, so that a big note is parsed and shown
 * piece by piece (see DocumentReader).
 *
 * A cut goes before a line that starts the document afresh: it follows a
 * blank line (which ends every paragraph, table, block quote and HTML block
 * of kind 6 and 7), and it starts in the first column with something that
 * cannot belong to the block above: not whitespace (a list item's or
 * footnote's continuation, indented code) and not a list marker (the next
 * item of the list above, which would also make that list loose).
 *
 * Only the blocks that run on across blank lines remain: fenced code, math
 * and HTML comments and the like. They are tracked here loosely, just to
 * avoid cutting inside them; DocumentReader checks every piece it parses and
 * reads a longer one when a block ran on to the piece's end.
 */

/** Any line, with its line ending. */
const LINE = /[^\r\n]*(?:\r\n|\r|\n)?/y;
const BLANK = /^[ \t]*(?:\r\n|\r|\n)?$/;
const LIST_MARKER = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t\r\n]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,}|\${2,})/;
const FRONTMATTER_FENCE = /^---[ \t]*(?:\r\n|\r|\n|$)/;

/**
 * A line that may start a link reference definition or a footnote
 * definition (`[label]: url`, `[^note]: text`), possibly inside block
 * quotes and list items: a `[` first, then `]:` or a label that goes on to
 * the next line. Definitions apply to the whole file, so a piece parsed
 * without them could read `[text][label]` differently.
 */
const DEFINITION_OPENING = /^(?:[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)))*[ \t]*\[(.*)$/;

function mayOpenDefinition(line: string): boolean {
  const label = DEFINITION_OPENING.exec(line)?.[1];
  if (label === undefined) return false;
  const unescaped = label.replace(/\\./g, '');
  return unescaped.includes(']:') || !unescaped.includes(']');
}

/**
 * Any line that may open a definition, found by one native regex pass over
 * the whole file (much faster than testing line by line). With the `m` flag
 * `^` and `$` also match at U+2028/U+2029, which only adds candidates: a
 * false alarm means reading the file whole, never a wrong cut.
 */
const DEFINITION_CANDIDATE = new RegExp(DEFINITION_OPENING.source, 'gm');

function mayHoldDefinition(text: string): boolean {
  DEFINITION_CANDIDATE.lastIndex = 0;
  for (let match; (match = DEFINITION_CANDIDATE.exec(text)); ) {
    if (mayOpenDefinition(match[0].replace(/\r$/, ''))) return true;
    if (match[0] === '') DEFINITION_CANDIDATE.lastIndex++;
  }
  return false;
}

/**
 * The cut points of `text`, found as far as they are asked for: opening a
 * big note needs only the first one, and the rest are found while the note
 * loads. None at all when the file may hold a definition: it is then read
 * whole (rare in notes, and always correct).
 */
export class CutPoints {
  private offset = 0;
  private inFrontmatter: boolean;
  private fence: string | null = null;
  private afterBlank = false;
  private first = true;

  /** True when the file may hold a definition: there are no cuts. */
  readonly readWhole: boolean;

  constructor(private readonly text: string) {
    this.inFrontmatter = FRONTMATTER_FENCE.test(text);
    this.readWhole = mayHoldDefinition(text);
    if (this.readWhole) this.offset = text.length;
  }

  /** The first cut at or after `offset`, or the end of the text when there is none. */
  atOrAfter(offset: number): number {
    const { text } = this;
    while (this.offset < text.length) {
      LINE.lastIndex = this.offset;
      const line = LINE.exec(text)![0];
      const lineStart = this.offset;
      let cut = false;
      if (this.inFrontmatter) {
        // Front matter that never closes is no front matter, but leave that case whole: no cut until it closes.
        this.inFrontmatter = this.first || !FRONTMATTER_FENCE.test(line);
      } else {
        cut = this.afterBlank && this.fence === null && startsAfresh(line);
        this.fence = nextFence(this.fence, line);
      }
      this.afterBlank = BLANK.test(line);
      this.first = false;
      this.offset += line.length;
      if (cut && lineStart >= offset) {
        // Scanning resumes at this line's end: the cut itself is returned now.
        return lineStart;
      }
    }
    return text.length;
  }
}

/** Every cut point of `text`, ascending. */
export function cutPoints(text: string): number[] {
  const scanner = new CutPoints(text);
  const cuts: number[] = [];
  for (let cut = scanner.atOrAfter(0); cut < text.length; cut = scanner.atOrAfter(cut + 1)) cuts.push(cut);
  return cuts;
}
/**
 * Whether `line`, after a blank line, starts a block that owes nothing to the
 * blocks above. `---` would too, but a piece starting with it would read it
 * as front matter.
 */
function startsAfresh(line: string): boolean {
  return !/^[ \t\r\n]/.test(line) && !LIST_MARKER.test(line) && !FRONTMATTER_FENCE.test(line);
}

/** The fence open after `line`: opened by a fence line, closed by a bare one at least as long. */
function nextFence(open: string | null, line: string): string | null {
  const marker = FENCE.exec(line)?.[1];
  if (open === null) return marker ?? null;
  const closes = marker !== undefined && marker[0] === open[0] && marker.length >= open.length;
  return closes && line.trim() === marker ? null : open;
}
