import { CodeNode } from '@lexical/code';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { ImageNode } from './ImageNode';
import { OpaqueBlockNode, OpaqueInlineNode } from './OpaqueNodes';
import { ThematicBreakNode } from './ThematicBreakNode';

/**
 * Every node class the Markdown pipeline creates. Register exactly this list
 * in the live editor and in headless editors, so documents move between them.
 * The standard @lexical nodes are used as they are, which keeps
 * @lexical/markdown's shortcut transformers working against this set.
 */
export const EDITOR_NODES: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  CodeNode,
  LinkNode,
  AutoLinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  ImageNode,
  ThematicBreakNode,
  OpaqueBlockNode,
  OpaqueInlineNode,
];

export * from './ImageNode';
export * from './OpaqueNodes';
export * from './ThematicBreakNode';
