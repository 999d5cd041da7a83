/**
 * Whether the note already opens with its title as a `# Heading`: then the
 * editor does not show the file name above it a second time.
 */
import type { RootContent } from 'mdast';
import type { MarkdownDocument } from './markdown';

function plainText(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(plainText).join('');
  return '';
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export function opensWithTitle(doc: MarkdownDocument, title: string): boolean {
  const first = doc.blocks[0]?.node;
  return first?.type === 'heading' && first.depth === 1 && normalise(plainText(first)) === normalise(title);
}
