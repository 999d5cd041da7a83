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
import { $getNodeByKey, $getRoot, $isElementNode, HISTORY_MERGE_TAG, type LexicalEditor } from 'lexical';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { NoteFile } from '../../../../src-main/contract';
import { useClient } from '../../lib/client-context';
import { CaretSyncPlugin } from './CaretSyncPlugin';
import { CODE_HIGHLIGHT_NODES, CodeHighlightPlugin } from './code-highlight';
import { $blockAtLine, $exportDocument, EDITOR_NODES, MARKDOWN_IMPORT_TAG } from './markdown';
import { MARKDOWN_SHORTCUTS } from './markdown-shortcuts';
import { NoteSession, type SaveStatus } from './note-session';
import { opensWithTitle } from './note-title';
import { ProgressiveLoad } from './progressive-load';
import { PropertiesPanel } from './PropertiesPanel';
import { SaveStatusView, SessionBanner } from './SessionViews';
import { Toolbar } from './Toolbar';
import { editorTheme } from './editor-theme';
import './editor.css';
import { countWords, formatDuration, speakingSeconds } from './word-count';

interface NoteEditorProps {
  /** The note, or only its first lines while `rest` brings the whole file. */
  file: NoteFile;
  rest: Promise<NoteFile> | null;
  title: string;
  /** Gives the parent the session, to save on switching notes, blur and quit. */
  onSession: (session: NoteSession | null) => void;
  /** Put the caret at this line of the file (1-based) and scroll to it; a new `seq` does it again. */
  reveal?: { line: number; seq: number } | null;
  /** Shown above the text, inside the page (a story's bar of spoken time). */
  header?: ReactNode;
  /** Plugins of a screen that uses this editor for more than notes (the story guide). */
  children?: ReactNode;
  /** False to show the front matter's properties folded. */
  propertiesOpen?: boolean;
}

export function NoteEditor({ file, rest, title, onSession, reveal, header, children, propertiesOpen }: NoteEditorProps) {
  const initialLoad = useMemo(() => new ProgressiveLoad(file.content, rest === null), [file, rest]);
  const initialConfig = useMemo(
    () => ({
      namespace: 'note',
      // Read-only until the whole file is in: an edit before would be based on part of it.
      editable: rest === null,
      theme: editorTheme,
      nodes: [...EDITOR_NODES, ...CODE_HIGHLIGHT_NODES],
      onError: (error: Error) => {
        throw error;
      },
      editorState: () => initialLoad.$showFirstPiece(),
    }),
    [initialLoad, rest],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <EditorBody file={file} rest={rest} title={title} initialLoad={initialLoad} onSession={onSession} reveal={reveal} header={header} propertiesOpen={propertiesOpen} />
      {children}
    </LexicalComposer>
  );
}

function EditorBody({ file, rest, title, initialLoad, onSession, reveal, header, propertiesOpen }: NoteEditorProps & { initialLoad: ProgressiveLoad }) {
  const [editor] = useLexicalComposerContext();
  const client = useClient();
  const [load, setLoad] = useState(initialLoad);
  // The session reads and replaces the load outside React's render cycle.
  const loadRef = useRef(initialLoad);
  const [frontmatter, setFrontmatter] = useState<string | null>(initialLoad.doc.frontmatter?.yaml ?? null);
  const frontmatterRef = useRef(frontmatter);

  /** Shows `fresh` from its start, replacing whatever the editor shows. */
  const showFile = (fresh: NoteFile) => {
    // Stop the old load first: none of its pieces may land in the new content.
    loadRef.current.stop();
    const next = new ProgressiveLoad(fresh.content);
    loadRef.current = next;
    frontmatterRef.current = next.doc.frontmatter?.yaml ?? null;
    setFrontmatter(frontmatterRef.current);
    editor.update(() => next.$showFirstPiece());
    setLoad(next);
  };

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
          editor.getEditorState().read(() => $exportDocument(loadRef.current.doc, { frontmatter: frontmatterRef.current })),
        showFile,
        { complete: rest === null },
      ),
    // The session belongs to this editor instance, which is keyed by the file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  useEffect(() => {
    let current = true;
    // A failed read is the parent's to show (the note cannot be opened); nothing is saved meanwhile.
    rest?.then(
      (whole) => {
        if (!current) return;
        const sameFile = whole.hash === file.hash && loadRef.current.complete(whole.content);
        if (!sameFile) showFile(whole);
        session.completeRead(whole);
        editor.setEditable(true);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
    // Once per editor: `rest` belongs to the file it is keyed by.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    onSession(session);
    return () => {
      onSession(null);
      session.dispose();
    };
  }, [session, onSession]);

  useEffect(() => {
    load.continueIn(editor);
    return () => load.stop();
  }, [editor, load]);

  // The line may be in a part of a big note still loading: try again as pieces arrive.
  const revealLine = reveal?.line;
  useEffect(() => {
    if (revealLine === undefined) return;
    if (moveCaretToLine(editor, load, revealLine)) return;
    const unsubscribe = load.subscribe(() => {
      if (moveCaretToLine(editor, load, revealLine)) unsubscribe();
    });
    return unsubscribe;
  }, [editor, load, revealLine, reveal?.seq]);

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

  return (
    <div className="note-editor">
      <WithSaveStatus session={session} render={(status) => <SessionBanner status={status} session={session} />} />
      <Toolbar />
      <div className="editor-scroll">
        <article className="editor-page">
          {!opensWithTitle(load.doc, title) && <h1 className="note-title">{title}</h1>}
          {header}
          {frontmatter !== null && (
            <PropertiesPanel
              raw={frontmatter}
              initiallyOpen={propertiesOpen}
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
      <CaretSyncPlugin />
      <ListPlugin />
      <CheckListPlugin />
      <LinkPlugin />
      <TablePlugin hasCellMerge={false} hasCellBackgroundColor={false} />
      <TabIndentationPlugin />
      <CodeHighlightPlugin />
      <MarkdownShortcutPlugin transformers={MARKDOWN_SHORTCUTS} />
      <footer className="status-bar">
        <LoadStatus load={load} />
        <WordCount editor={editor} />
        <WithSaveStatus session={session} render={(status) => <SaveStatusView status={status} />} />
      </footer>
    </div>
  );
}

/** Caret at the start of the block holding `line`, scrolled into the middle of the view; false when not loaded yet. */
function moveCaretToLine(editor: LexicalEditor, load: ProgressiveLoad, line: number): boolean {
  const key = editor.getEditorState().read(() => $blockAtLine(load.doc, line)?.getKey() ?? null);
  if (key === null) return false;
  editor.update(
    () => {
      const node = $getNodeByKey(key);
      if ($isElementNode(node)) node.selectStart();
    },
    {
      onUpdate: () => {
        editor.getElementByKey(key)?.scrollIntoView({ block: 'center' });
        editor.focus(undefined, { defaultSelection: 'rootStart' });
      },
    },
  );
  return true;
}

/** Counted a moment after typing stops: a long note must not slow every keystroke. */
function WordCount({ editor }: { editor: LexicalEditor }) {
  const [words, setWords] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const countSoon = (delay: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => setWords(editor.getEditorState().read(() => countWords($getRoot().getTextContent()))), delay);
    };
    // The first count is at once, whether the note's content was committed before this
    // listener existed or arrives with its first update (bug: a fresh note showed "0 words").
    let counted = false;
    const unregister = editor.registerUpdateListener(() => {
      countSoon(counted ? 300 : 0);
      counted = true;
    });
    countSoon(0);
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

/**
 * Renders what shows the save status, and only that, when it changes: every
 * keystroke marks the note unsaved, and re-rendering the whole editor for it
 * would cost each keystroke a few milliseconds in a long note.
 */
function WithSaveStatus({ session, render }: { session: NoteSession; render: (status: SaveStatus) => ReactNode }) {
  const status = useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.getStatus(),
  );
  return render(status);
}

/** "Loading… 40%" while the rest of a big note is appended; nothing once it is all in. */
function LoadStatus({ load }: { load: ProgressiveLoad }) {
  // In whole percents, so that most slices do not re-render.
  const percent = useSyncExternalStore(
    (listener) => load.subscribe(listener),
    () => Math.floor(load.getProgress() * 100),
  );
  if (percent === 100) return null;
  return (
    <span className="load-status" role="status">
      Loading… {percent}%
    </span>
  );
}
