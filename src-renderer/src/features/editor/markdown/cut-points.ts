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
 * Offsets in `text` where it may be cut, ascending. None when the file may
 * hold a definition: it is then read whole (rare in notes, and always correct).
 */
export function cutPoints(text: string): number[] {
  const cuts: number[] = [];
  let inFrontmatter = FRONTMATTER_FENCE.test(text);
  let fence: string | null = null;
  let afterBlank = false;
  let first = true;
  for (let offset = 0; offset < text.length; ) {
    LINE.lastIndex = offset;
    const line = LINE.exec(text)![0];
    if (mayOpenDefinition(line.replace(/[\r\n]+$/, ''))) return [];
    if (inFrontmatter) {
      inFrontmatter = first || !FRONTMATTER_FENCE.test(line);
    } else {
      if (afterBlank && fence === null && startsAfresh(line)) cuts.push(offset);
      fence = nextFence(fence, line);
    }
    afterBlank = BLANK.test(line);
    first = false;
    offset += line.length;
  }
  // Front matter that never closes is no front matter, but leave that case whole.
  return inFrontmatter ? [] : cuts;
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
