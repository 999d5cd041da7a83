/**
 * Writing the answer of a card that has none, in the editor the notes use
 * (Markdown shortcuts, lists, code blocks), exported as Markdown through the
 * same lossless pipeline. Ctrl+Enter saves.
 */
import { CheckListPlugin } from '@lexical/react/LexicalCheckListPlugin';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import { $createParagraphNode, $getRoot, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND } from 'lexical';
import { useEffect, useMemo, useRef, type RefObject } from 'react';
import { CODE_HIGHLIGHT_NODES, CodeHighlightPlugin } from '../editor/code-highlight';
import { editorTheme } from '../editor/editor-theme';
import { $exportDocument, $importDocument, EDITOR_NODES, parseDocument } from '../editor/markdown';
import { MARKDOWN_SHORTCUTS } from '../editor/markdown-shortcuts';
import '../editor/editor.css';

export interface AnswerHandle {
  /** The answer as Markdown, without blank lines around it; '' when nothing was written. */
  markdown(): string;
  focus(): void;
}

interface AnswerEditorProps {
  handle: RefObject<AnswerHandle | null>;
  /** Ctrl+Enter (Cmd+Enter on macOS). */
  onSubmit: () => void;
  describedBy?: string;
}

export function AnswerEditor({ handle, onSubmit, describedBy }: AnswerEditorProps) {
  const doc = useMemo(() => parseDocument(''), []);
  const initialConfig = useMemo(
    () => ({
      namespace: 'drill-answer',
      theme: editorTheme,
      nodes: [...EDITOR_NODES, ...CODE_HIGHLIGHT_NODES],
      onError: (error: Error) => {
        throw error;
      },
      editorState: () => {
        $importDocument(doc);
        $getRoot().append($createParagraphNode());
      },
    }),
    [doc],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="answer-editor">
        <RichTextPlugin
          contentEditable={
            <ContentEditable
              className="answer-editor-content"
              role="textbox"
              aria-multiline
              aria-label="Your answer"
              aria-describedby={describedBy}
              spellCheck
              aria-placeholder="Write the answer…"
              placeholder={<div className="answer-editor-placeholder">Write the answer… (- for a list, ``` for code)</div>}
            />
          }
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <LinkPlugin />
      <TabIndentationPlugin />
      <CodeHighlightPlugin />
      <MarkdownShortcutPlugin transformers={MARKDOWN_SHORTCUTS} />
      <Bridge handle={handle} onSubmit={onSubmit} doc={doc} />
    </LexicalComposer>
  );
}

function Bridge({ handle, onSubmit, doc }: { handle: AnswerEditorProps['handle']; onSubmit: () => void; doc: ReturnType<typeof parseDocument> }) {
  const [editor] = useLexicalComposerContext();
  const submit = useRef(onSubmit);
  submit.current = onSubmit;
  useEffect(() => {
    handle.current = {
      markdown: () => editor.getEditorState().read(() => $exportDocument(doc)).replace(/^(?:[ \t]*\n)+/, '').trimEnd(),
      focus: () => editor.focus(),
    };
    return () => {
      handle.current = null;
    };
  }, [editor, handle, doc]);
  useEffect(
    () =>
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!event || !(event.ctrlKey || event.metaKey)) return false;
          event.preventDefault();
          submit.current();
          return true;
        },
        COMMAND_PRIORITY_HIGH,
      ),
    [editor],
  );
  return null;
}
