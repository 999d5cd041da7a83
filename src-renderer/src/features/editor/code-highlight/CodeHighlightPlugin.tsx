import { registerCodeIndentation } from '@lexical/code-core';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from 'lexical';
import { useEffect } from 'react';
import { registerCodeHighlighting } from './register';

/**
 * Syntax highlighting for code blocks, plus code-aware Tab / Shift+Tab (a tab
 * at the caret, or indent/outdent of the selected lines), Alt+Up/Down line
 * moves and Home/End within a line. Its handlers take precedence over
 * TabIndentationPlugin's inside code blocks and decline everywhere else.
 * Needs CODE_HIGHLIGHT_NODES in the editor's nodes.
 */
export function CodeHighlightPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => mergeRegister(registerCodeHighlighting(editor), registerCodeIndentation(editor)), [editor]);
  return null;
}
