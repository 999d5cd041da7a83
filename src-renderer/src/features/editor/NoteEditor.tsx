/**
 * The rich editor for one note: Lexical over the lossless Markdown pipeline,
 * with the properties panel for front matter, a toolbar, Markdown shortcuts,
 * autosave and the conflict bar. The parent keys it by note, so a different
 * note is a fresh editor with its own undo history.
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
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { TabIndentationPlugin } from '@lexical/react/LexicalTabIndentationPlugin';
import { $getRoot, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { NoteFile } from '../../../../src-main/contract';
import { useClient } from '../../lib/client-context';
import { CODE_HIGHLIGHT_NODES, CodeHighlightPlugin } from './code-highlight';
import { $exportDocument, $importDocument, EDITOR_NODES, MARKDOWN_IMPORT_TAG, parseDocument, type MarkdownDocument } from './markdown';
import { MARKDOWN_SHORTCUTS } from './markdown-shortcuts';
import { NoteSession } from './note-session';
import { PropertiesPanel } from './PropertiesPanel';
import { SaveStatusView, SessionBanner } from './SessionViews';
import { Toolbar } from './Toolbar';
import { editorTheme } from './editor-theme';
import './editor.css';
import { countWords, formatDuration, speakingSeconds } from './word-count';

interface NoteEditorProps {
  file: NoteFile;
  title: string;
  /** Gives the parent the session, to save on switching notes, blur and quit. */
  onSession: (session: NoteSession | null) => void;
}

export function NoteEditor({ file, title, onSession }: NoteEditorProps) {
  const initialDoc = useMemo(() => parseDocument(file.content), [file]);
  const initialConfig = useMemo(
    () => ({
      namespace: 'note',
      theme: editorTheme,
      nodes: [...EDITOR_NODES, ...CODE_HIGHLIGHT_NODES],
      onError: (error: Error) => {
        throw error;
      },
      editorState: () => $importDocument(initialDoc),
    }),
    [initialDoc],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <EditorBody file={file} title={title} initialDoc={initialDoc} onSession={onSession} />
    </LexicalComposer>
  );
}

function EditorBody({ file, title, initialDoc, onSession }: NoteEditorProps & { initialDoc: MarkdownDocument }) {
  const [editor] = useLexicalComposerContext();
  const client = useClient();
  const docRef = useRef(initialDoc);
  const [frontmatter, setFrontmatter] = useState<string | null>(initialDoc.frontmatter?.yaml ?? null);
  const frontmatterRef = useRef(frontmatter);

  const session = useMemo(
    () =>
      new NoteSession(
        file.path,
        file,
        {
          write: (args) => client.call('notes:write', args),
          read: (path) => client.call('notes:read', { path }),
        },
        () =>
          editor.getEditorState().read(() => $exportDocument(docRef.current, { frontmatter: frontmatterRef.current })),
        (fresh) => {
          docRef.current = parseDocument(fresh.content);
          frontmatterRef.current = docRef.current.frontmatter?.yaml ?? null;
          setFrontmatter(frontmatterRef.current);
          editor.update(() => $importDocument(docRef.current));
        },
      ),
    // The session belongs to this editor instance, which is keyed by the file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  useEffect(() => {
    onSession(session);
    return () => {
      onSession(null);
      session.dispose();
    };
  }, [session, onSession]);

  useEffect(
    () =>
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        if (tags.has(MARKDOWN_IMPORT_TAG)) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return; // selection only
        // Lexical's own follow-up passes (highlighting the code of a note just opened)
        // may change nothing that is written: check quietly, without "Unsaved changes".
        if (tags.has(HISTORY_MERGE_TAG)) session.changedQuietly();
        else session.changed();
      }),
    [editor, session],
  );

  const status = useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.getStatus(),
  );

  return (
    <div className="note-editor">
      <SessionBanner status={status} session={session} />
      <Toolbar />
      <div className="editor-scroll">
        <article className="editor-page">
          <h1 className="note-title">{title}</h1>
          {frontmatter !== null && (
            <PropertiesPanel
              raw={frontmatter}
              onChange={(raw) => {
                frontmatterRef.current = raw;
                setFrontmatter(raw);
                session.changed();
              }}
            />
          )}
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="editor-content"
                role="textbox"
                aria-multiline
                aria-label={`Editor: ${title}`}
                spellCheck
                aria-placeholder="Start writing…"
                placeholder={<div className="editor-placeholder">Start writing, or type ## for a heading…</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </article>
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <LinkPlugin />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
      <TabIndentationPlugin />
      <CodeHighlightPlugin />
      <MarkdownShortcutPlugin transformers={MARKDOWN_SHORTCUTS} />
      <footer className="status-bar">
        <WordCount editor={editor} />
        <SaveStatusView status={status} />
      </footer>
    </div>
  );
}

/** Counted a moment after typing stops: a long note must not slow every keystroke. */
function WordCount({ editor }: { editor: LexicalEditor }) {
  const [words, setWords] = useState(() => editor.getEditorState().read(() => countWords($getRoot().getTextContent())));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unregister = editor.registerUpdateListener(({ editorState }) => {
      clearTimeout(timer);
      timer = setTimeout(() => setWords(editorState.read(() => countWords($getRoot().getTextContent()))), 300);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor]);
  return (
    <span className="word-count">
      {words.toLocaleString()} {words === 1 ? 'word' : 'words'} · ≈ {formatDuration(speakingSeconds(words))} spoken
    </span>
  );
}
