/** Finding the editor's block for a line of the file ("Edit" on a drill card goes to its question). */
import { $getRoot, type LexicalNode } from 'lexical';
import type { MarkdownDocument } from './document';
import { $originOf } from './provenance';

/**
 * The top-level block that holds `line` (1-based, counted in the whole file,
 * front matter included), or the first block after it when the line is blank.
 * Null when no loaded block reaches that far (a big note still loading).
 * Blocks added since the import have no line and are passed over.
 */
export function $blockAtLine(doc: MarkdownDocument, line: number): LexicalNode | null {
  for (const node of $getRoot().getChildren()) {
    const origin = $originOf(doc, node);
    if (!origin) continue;
    const end = doc.blocks[origin.index + origin.count - 1]?.node.position?.end.line;
    if (end !== undefined && end >= line) return node;
  }
  return null;
}
