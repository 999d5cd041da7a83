/**
 * Writing an answer (a drill card's that has none, a mock interview's) in
 * the editor the notes use (Markdown shortcuts, lists, code blocks),
 * exported as Markdown through the same lossless pipeline. Ctrl+Enter submits.
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
import { CaretSyncPlugin } from './CaretSyncPlugin';
import { CODE_HIGHLIGHT_NODES, CodeHighlightPlugin } from './code-highlight';
import { editorTheme } from './editor-theme';
import { $exportDocument, $importDocument, EDITOR_NODES, parseDocument } from './markdown';
import { MARKDOWN_SHORTCUTS } from './markdown-shortcuts';
import './editor.css';

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
  /** What was written before (an answer restored after a reload). */
  initialMarkdown?: string;
  /** The text changed: for a screen that keeps the answer as it is typed. */
  onChange?: () => void;
}

export function AnswerEditor({ handle, onSubmit, describedBy, initialMarkdown = '', onChange }: AnswerEditorProps) {
  // Read once: the editor owns the text from then on.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const doc = useMemo(() => parseDocument(initialMarkdown), []);
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
        if ($getRoot().isEmpty()) $getRoot().append($createParagraphNode());
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
      <CaretSyncPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <LinkPlugin />
      <TabIndentationPlugin />
      <CodeHighlightPlugin />
      <MarkdownShortcutPlugin transformers={MARKDOWN_SHORTCUTS} />
      <Bridge handle={handle} onSubmit={onSubmit} onChange={onChange} doc={doc} />
    </LexicalComposer>
  );
}

interface BridgeProps {
  handle: AnswerEditorProps['handle'];
  onSubmit: () => void;
  onChange: (() => void) | undefined;
  doc: ReturnType<typeof parseDocument>;
}

function Bridge({ handle, onSubmit, onChange, doc }: BridgeProps) {
  const [editor] = useLexicalComposerContext();
  const submit = useRef(onSubmit);
  submit.current = onSubmit;
  const change = useRef(onChange);
  change.current = onChange;
  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
        if (dirtyElements.size > 0 || dirtyLeaves.size > 0) change.current?.();
      }),
    [editor],
  );
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
