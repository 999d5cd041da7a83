/** Prism syntax highlighting for the editor's fenced code blocks. */
import { CodeHighlightNode } from '@lexical/code';
import type { Klass, LexicalNode } from 'lexical';

/** Add to the editor's nodes alongside CodeNode. */
export const CODE_HIGHLIGHT_NODES: ReadonlyArray<Klass<LexicalNode>> = [CodeHighlightNode];

export { CodeHighlightPlugin } from './CodeHighlightPlugin';
export { registerCodeHighlighting } from './register';
