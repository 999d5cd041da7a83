/**
 * A Markdown file split into what the editor shows and what it must keep:
 * the front matter (edited elsewhere, by the properties panel) and the body's
 * top-level blocks, each with the exact source text it was read from.
 */
import type { RootContent } from 'mdast';
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
  /** Whitespace after the last block. `gap + raw` of every block, then `trailing`, is the body. */
  readonly trailing: string;
}

const BOM = '\uFEFF';

/** Parse a file's text. Joining the pieces gives back `source` exactly. */
export function parseDocument(source: string): MarkdownDocument {
  const bom = source.startsWith(BOM) ? BOM : '';
  const text = source.slice(bom.length);
  const tree = parseMarkdown(text);
  const eol = /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';

  let children = tree.children;
  let frontmatter: Frontmatter | null = null;
  let bodyStart = 0;
  const first = children[0];
  if (first?.type === 'yaml' && first.position?.start.offset === 0) {
    bodyStart = first.position.end.offset ?? 0;
    frontmatter = { raw: text.slice(0, bodyStart), yaml: first.value };
    children = children.slice(1);
  }

  const blocks: SourceBlock[] = [];
  let cursor = bodyStart;
  for (const node of children) {
    rewriteInlineSyntax(node, text);
    const start = lineStart(text, node.position?.start.offset ?? cursor, cursor);
    const end = node.position?.end.offset ?? start;
    blocks.push({ node, gap: text.slice(cursor, start), raw: text.slice(start, end) });
    cursor = end;
  }
  return {
    source,
    bom,
    eol,
    frontmatter,
    body: text.slice(bodyStart),
    blocks,
    trailing: text.slice(cursor),
  };
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
