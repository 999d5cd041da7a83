/**
 * An imported card field (Anki's HTML, or plain text) as Markdown for a note.
 *
 * HTML goes through the unified tools: `hast-util-from-html` (parse5, the
 * browser's parsing algorithm, so broken HTML parses as a browser would show
 * it), `hast-util-to-mdast`, and `mdast-util-to-markdown` with GFM for
 * tables. The app already reads and writes Markdown with this mdast family
 * (`mdast-util-to-markdown` and `mdast-util-gfm` are dependencies), so an
 * imported note is written as the app writes Markdown, text that would read
 * as Markdown syntax is escaped, and scripts and styles are dropped.
 * Turndown, the other common choice, would bring a second Markdown writer
 * with its own conventions and a DOM implementation (domino) for Node.
 */
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { BlockContent, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { toString } from 'mdast-util-to-string';

export type FieldFormat = 'html' | 'text';

/** Anki's header says whether fields are HTML; without one, a field that contains a tag or an entity is taken as HTML. */
export function looksLikeHtml(field: string): boolean {
  return /<\/?[a-z][^>]*>|&(?:[a-z]+|#\d+|#x[\da-f]+);/i.test(field);
}

/** A field as Markdown blocks. */
export function fieldBlocks(field: string, format: FieldFormat): RootContent[] {
  if (format === 'text') return textBlocks(field);
  const blocks = (toMdast(fromHtml(field, { fragment: true }), { document: true }) as Root).children;
  return blocks.filter((block) => !isEmptyParagraph(block));
}

/** Anki's editor writes blank lines as `<div><br></div>`: nothing to keep in Markdown. */
function isEmptyParagraph(block: RootContent): boolean {
  return block.type === 'paragraph' && block.children.every((node) => node.type === 'break' || (node.type === 'text' && node.value.trim() === ''));
}

/** The question: one line of inline Markdown, for the text of a heading. */
export function questionMarkdown(blocks: RootContent[]): string {
  const only = blocks.length === 1 ? blocks[0]! : null;
  const phrasing: PhrasingContent[] =
    only && (only.type === 'paragraph' || only.type === 'heading')
      ? only.children.map((node) => (node.type === 'break' ? { type: 'text', value: ' ' } : node))
      : [{ type: 'text', value: blocks.map((block) => toString(block)).join(' ') }];
  const heading = toMarkdown({ type: 'heading', depth: 2, children: phrasing }, { extensions: [gfmToMarkdown()] });
  return heading.replace(/^## ?/, '').replace(/\s+/g, ' ').trim();
}

/** The answer as Markdown, its headings turned into bold lines: a heading would start a new card in the note. */
export function answerMarkdown(blocks: RootContent[]): string {
  const children = blocks.map((block) => (block.type === 'heading' ? boldParagraph(block.children) : block));
  return toMarkdown({ type: 'root', children }, { extensions: [gfmToMarkdown()] }).trim();
}

function boldParagraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children: [{ type: 'strong', children }] };
}

/** Plain text: blank lines separate paragraphs, a single line break stays one. */
function textBlocks(text: string): BlockContent[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => ({
      type: 'paragraph',
      children: paragraph.split('\n').flatMap((line, i): PhrasingContent[] => (i === 0 ? [{ type: 'text', value: line }] : [{ type: 'break' }, { type: 'text', value: line }])),
    }));
}
