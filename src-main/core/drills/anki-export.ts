/**
 * A deck as a file for Anki's File › Import: tab-separated, with the header
 * lines that tell Anki the separator, that fields are HTML and which column
 * holds the tags, so it imports without asking. Question and answer are
 * rendered from Markdown by micromark with GFM; raw HTML in a note is escaped
 * rather than passed through (micromark's safe default), so nothing from a
 * note can run as markup in Anki.
 */
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { formatField } from './delimited';
import type { DrillCard } from './types';

const HEADER = ['#separator:tab', '#html:true', '#tags column:3'];
const SEPARATOR = '\t';

export function exportDeck(cards: readonly (DrillCard & { answer: string })[]): string {
  const lines = [...HEADER];
  for (const card of cards) {
    const fields = [inlineHtml(card.question), toHtml(card.answer), ankiTags(card.tags)];
    lines.push(fields.map((field) => formatField(field, SEPARATOR)).join(SEPARATOR));
  }
  return `${lines.join('\n')}\n`;
}

function toHtml(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] }).trim();
}

/** The question is one line: without the paragraph around it. */
function inlineHtml(markdown: string): string {
  const html = toHtml(markdown);
  const inner = html.startsWith('<p>') && html.endsWith('</p>') ? html.slice(3, -4) : html;
  return inner.includes('<p>') ? html : inner;
}

/** Anki separates tags by spaces and nests them with `::` where Obsidian uses `/`. */
function ankiTags(tags: readonly string[]): string {
  const seen = new Set<string>();
  for (const tag of tags) {
    const anki = tag.replace(/^#/, '').replaceAll('/', '::').replace(/\s+/g, '_');
    if (anki !== '') seen.add(anki);
  }
  return [...seen].join(' ');
}
