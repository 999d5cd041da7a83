/**
 * Markdown shown as the editor shows it, read-only: the editor's own pipeline
 * and nodes (code blocks highlighted, lists, tables, callouts kept as
 * written), so a card looks the same as its note. Not a text box: a plain
 * root element, which screen readers read as the content it is.
 */
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useMemo } from 'react';
import { CODE_HIGHLIGHT_NODES, CodeHighlightPlugin } from '../editor/code-highlight';
import { editorTheme } from '../editor/editor-theme';
import { $importDocument, EDITOR_NODES, parseDocument } from '../editor/markdown';
import '../editor/editor.css';

export function MarkdownView({ markdown, className, id }: { markdown: string; className?: string; id?: string }) {
  // A new text is a new editor: the initial state is read once.
  return <MarkdownViewFor key={markdown} markdown={markdown} className={className} id={id} />;
}

function MarkdownViewFor({ markdown, className, id }: { markdown: string; className?: string; id?: string }) {
  const initialConfig = useMemo(
    () => ({
      namespace: 'drill-card',
      editable: false,
      theme: editorTheme,
      nodes: [...EDITOR_NODES, ...CODE_HIGHLIGHT_NODES],
      onError: (error: Error) => {
        throw error;
      },
      editorState: () => $importDocument(parseDocument(markdown)),
    }),
    [markdown],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ReadOnlyRoot className={className} id={id} />
      <CodeHighlightPlugin />
    </LexicalComposer>
  );
}

function ReadOnlyRoot({ className, id }: { className?: string; id?: string }) {
  const [editor] = useLexicalComposerContext();
  const ref = useCallback((element: HTMLDivElement | null) => editor.setRootElement(element), [editor]);
  return <div ref={ref} id={id} className={`card-markdown ${className ?? ''}`} />;
}
