/**
 * The Notes screen: the vault's tree on the left, the open note on the right,
 * and the note commands (new, rename, delete with undo, quick open, search).
 * It owns which note is open and makes sure its edits are saved before
 * another note replaces it, when the window loses focus, and before quitting.
 */
import { FilePlus2, FolderPlus, Search } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { NoteFile, TreeNode, VaultInfo } from '../../../../src-main/contract';
import { useCommand } from '../../app/commands';
import { useSaver } from '../../app/savers';
import { errorMessage } from '../../lib/client';
import { useClient, useCoreEvent } from '../../lib/client-context';
import { PromptDialog } from '../../lib/Dialog';
import { useNotify } from '../../lib/notices';
import { useRemote } from '../../lib/use-remote';
import { imageUrl } from '../editor/image-sources';
import { setImageSourceResolver } from '../editor/markdown';
import { NoteEditor } from '../editor/NoteEditor';
import { scheduleEditorWarmUp } from '../editor/warm-up';
import type { NoteSession } from '../editor/note-session';
import { useRecheckOnShow } from '../editor/use-recheck-on-show';
import { SearchPanel } from '../search/SearchPanel';
import { folderOf, siblingPath, titleOf } from './note-paths';
import { NoteTree } from './NoteTree';
import { QuickOpen } from './QuickOpen';

type Overlay =
  | { kind: 'quickOpen' }
  | { kind: 'search' }
  | { kind: 'rename'; path: string }
  | { kind: 'newFolder'; parent: string }
  | null;

type OpenState =
  | { kind: 'none' }
  /** `rest` brings the whole file when `file` is only a big note's first lines. */
  | { kind: 'note'; file: NoteFile; rest: Promise<NoteFile> | null; key: number }
  | { kind: 'unreadable'; path: string; message: string };

const lastNoteKey = (vault: VaultInfo) => `coach:lastNote:${vault.path}`;

/** Another screen asks for a note (Drills' "Edit"): at a line (1-based) when given. A new `seq` asks again. */
export interface OpenRequest {
  path: string;
  line?: number;
  seq: number;
}

interface NotesScreenProps {
  vault: VaultInfo;
  assetBase: string;
  /** False while another screen shows: the commands that act on what is on screen stand down. */
  active: boolean;
  request: OpenRequest | null;
  /** Brings this screen to the front, for the commands that open something in it. */
  onShow: () => void;
}

export function NotesScreen({ vault, assetBase, active, request, onShow }: NotesScreenProps) {
  const client = useClient();
  const notify = useNotify();
  const tree = useRemote(() => client.call('notes:tree', {}), [client, vault.path]);
  const [open, setOpen] = useState<OpenState>({ kind: 'none' });
  const [overlay, setOverlay] = useState<Overlay>(null);
  const [focused, setFocused] = useState<TreeNode | null>(null);
  const [reveal, setReveal] = useState<{ path: string; line: number; seq: number } | null>(null);
  const session = useRef<NoteSession | null>(null);
  const loads = useRef(0);
  const openPath = open.kind === 'none' ? null : open.kind === 'note' ? open.file.path : open.path;

  useCoreEvent('tree:changed', () => void tree.reload());
  useRecheckOnShow(active, session);

  /** Saves the open note; false (and the user told) when its edits could not be saved. */
  const saveOpenNote = useCallback(async () => {
    const current = session.current;
    if (!current) return true;
    const saved = await current.save();
    if (!saved) notify({ level: 'error', message: `“${titleOf(current.path)}” could not be saved, so it stays open. ${describe(current)}` });
    return saved;
  }, [notify]);

  const openNote = useCallback(
    async (path: string, line?: number) => {
      setReveal(line === undefined ? null : { path, line, seq: Date.now() });
      if (!(await saveOpenNote())) return;
      const load = ++loads.current;
      try {
        const file = await client.call('notes:readStart', { path });
        if (load !== loads.current) return;
        const rest = file.complete ? null : client.call('notes:read', { path });
        rest?.catch((error: unknown) => {
          if (load === loads.current) setOpen({ kind: 'unreadable', path, message: errorMessage(error) });
        });
        // Images in the note are addressed relative to it.
        setImageSourceResolver((src) => imageUrl(assetBase, folderOf(path), src));
        // Rendered now, in this task: left to the scheduler, the render waited a frame or two.
        flushSync(() => setOpen({ kind: 'note', file, rest, key: load }));
        localStorage.setItem(lastNoteKey(vault), path);
      } catch (error) {
        if (load === loads.current) setOpen({ kind: 'unreadable', path, message: errorMessage(error) });
      }
    },
    [client, saveOpenNote, vault, assetBase],
  );

  // Reopen the note that was open last time in this vault.
  useEffect(() => {
    const last = localStorage.getItem(lastNoteKey(vault));
    if (last) void openNote(last).catch(() => localStorage.removeItem(lastNoteKey(vault)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [vault.path]);

  useEffect(() => scheduleEditorWarmUp(), []);

  // A note asked for by another screen: the one open just moves to the line.
  useEffect(() => {
    if (!request) return;
    if (request.path === openPath && open.kind === 'note') setReveal(request.line === undefined ? null : { path: request.path, line: request.line, seq: request.seq });
    else void openNote(request.path, request.line);
    // Once per request.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request?.seq]);

  // Another screen may have pointed image sources elsewhere (a drill card's note).
  useEffect(() => {
    if (active && openPath) setImageSourceResolver((src) => imageUrl(assetBase, folderOf(openPath), src));
  }, [active, openPath, assetBase]);

  useEffect(() => {
    const onBlur = () => void saveOpenNote();
    window.addEventListener('blur', onBlur);
    return () => window.removeEventListener('blur', onBlur);
  }, [saveOpenNote]);

  useSaver(saveOpenNote);

  useCoreEvent('note:changedOnDisk', ({ path, hash }) => {
    if (path === session.current?.path) void session.current.diskChanged(hash);
  });

  useCoreEvent('note:removedOnDisk', ({ path }) => {
    const current = session.current;
    if (path !== current?.path) return;
    if (current.hasUnsavedChanges()) current.diskRemoved();
    else {
      setOpen({ kind: 'none' });
      notify({ level: 'info', message: `“${titleOf(path)}” was deleted or moved outside the app.` });
    }
  });

  const targetFolder = () => {
    if (focused?.kind === 'folder') return focused.path;
    if (openPath) return folderOf(openPath);
    return '';
  };

  const createNote = async () => {
    try {
      const file = await client.call('notes:create', { folder: targetFolder() });
      await tree.reload();
      await openNote(file.path);
    } catch (error) {
      notify({ level: 'error', message: `Could not create a note: ${errorMessage(error)}` });
    }
  };

  const deleteNote = async (path: string) => {
    if (path === openPath && !(await saveOpenNote())) return;
    try {
      const { trashId } = await client.call('notes:delete', { path });
      if (path === openPath) setOpen({ kind: 'none' });
      await tree.reload();
      notify({
        level: 'info',
        message: `Deleted “${titleOf(path)}”.`,
        action: {
          label: 'Undo',
          run: () =>
            void client.call('notes:restore', { trashId }).then(
              (restored) => tree.reload().then(() => openNote(restored.path)),
              (error) => notify({ level: 'error', message: `Could not restore it: ${errorMessage(error)}` }),
            ),
        },
      });
    } catch (error) {
      notify({ level: 'error', message: `Could not delete “${titleOf(path)}”: ${errorMessage(error)}` });
    }
  };

  const rename = async (path: string, name: string): Promise<string | void> => {
    const target = siblingPath(path, name);
    if (target === path) return;
    if (path === openPath && !(await saveOpenNote())) return 'Save the note first: it has changes that could not be saved.';
    try {
      const renamed = await client.call('notes:rename', { from: path, to: target });
      if (path === openPath && open.kind === 'note') {
        session.current?.renamed(renamed.path);
        setOpen({ ...open, file: { ...open.file, path: renamed.path } });
        localStorage.setItem(lastNoteKey(vault), renamed.path);
      }
      await tree.reload();
    } catch (error) {
      return errorMessage(error);
    }
  };

  // What creates or finds a note works from any screen, and brings this one to the front.
  useCommand('note.new', () => {
    onShow();
    void createNote();
  });
  useCommand('folder.new', () => {
    onShow();
    setOverlay({ kind: 'newFolder', parent: targetFolder() });
  });
  useCommand('note.save', () => void saveOpenNote());
  useCommand('quickOpen', () => {
    onShow();
    setOverlay({ kind: 'quickOpen' });
  });
  useCommand('search', () => {
    onShow();
    setOverlay({ kind: 'search' });
  });
  // What acts on the note or the tree on screen waits until they are on screen.
  useCommand(
    'note.rename',
    () => {
      const path = focused?.kind === 'note' && document.activeElement?.closest('[role=tree]') ? focused.path : openPath;
      if (path) setOverlay({ kind: 'rename', path });
    },
    active,
  );
  useCommand(
    'note.delete',
    () => {
      const path = focused?.kind === 'note' && document.activeElement?.closest('[role=tree]') ? focused.path : openPath;
      if (path) void deleteNote(path);
    },
    active,
  );
  useCommand('focus.sidebar', () => document.querySelector<HTMLElement>('[role=treeitem][tabindex="0"]')?.focus(), active);
  useCommand('focus.editor', () => document.querySelector<HTMLElement>('.editor-content')?.focus(), active);

  // Stable: the editor disposes its session when this callback changes.
  const storageKey = useRef(lastNoteKey(vault)).current;
  const onSession = useCallback(
    (next: NoteSession | null) => {
      session.current = next;
      if (!next) return;
      // "Save as…" moves the session to a new note: the title, the tree and "reopen last" follow it.
      let shownPath = next.path;
      next.subscribe(() => {
        if (next.path === shownPath) return;
        shownPath = next.path;
        setOpen((state) => (state.kind === 'note' ? { ...state, file: { ...state.file, path: next.path } } : state));
        localStorage.setItem(storageKey, next.path);
      });
    },
    [storageKey],
  );

  return (
    <div className="notes-screen">
      <aside className="sidebar" aria-label="Vault">
        <header className="sidebar-header">
          <span className="vault-name" title={vault.path}>
            {vault.name}
          </span>
          <span className="sidebar-actions">
            <button className="icon-button" aria-label="New note" title="New note (Ctrl+N)" onClick={() => void createNote()}>
              <FilePlus2 size={16} aria-hidden />
            </button>
            <button className="icon-button" aria-label="New folder" title="New folder (Ctrl+Shift+N)" onClick={() => setOverlay({ kind: 'newFolder', parent: targetFolder() })}>
              <FolderPlus size={16} aria-hidden />
            </button>
          </span>
        </header>
        <button className="search-launcher" onClick={() => setOverlay({ kind: 'quickOpen' })}>
          <Search size={14} aria-hidden />
          <span className="search-launcher-label">Go to note…</span>
          <kbd>Ctrl+P</kbd>
        </button>
        <nav className="tree-scroll" aria-label="Notes in this vault" onKeyDown={(event) => {
          if (event.key === 'Delete' && focused?.kind === 'note') {
            event.preventDefault();
            void deleteNote(focused.path);
          }
        }}>
          {tree.error && <p className="field-error">The note list could not be read: {tree.error}</p>}
          {tree.data && <NoteTree nodes={tree.data} selectedPath={openPath} onOpenNote={(path) => void openNote(path)} onFocusPath={setFocused} />}
        </nav>
      </aside>
      <main className="note-pane">
        {open.kind === 'note' && (
          <NoteEditor key={open.key} file={open.file} rest={open.rest} title={titleOf(open.file.path)} onSession={onSession} reveal={reveal?.path === open.file.path ? reveal : null} />
        )}
        {open.kind === 'unreadable' && (
          <div className="empty-state" role="alert">
            <h2>“{titleOf(open.path)}” can't be opened here</h2>
            <p>{open.message}</p>
            <p className="muted">The file is left exactly as it is.</p>
          </div>
        )}
        {open.kind === 'none' && <EmptyNotePane hasNotes={(tree.data?.length ?? 0) > 0} onCreate={() => void createNote()} />}
      </main>
      {overlay?.kind === 'quickOpen' && <QuickOpen tree={tree.data ?? []} onClose={() => setOverlay(null)} onOpen={(p) => void openNote(p)} />}
      {overlay?.kind === 'search' && <SearchPanel onClose={() => setOverlay(null)} onOpen={(p) => void openNote(p)} />}
      {overlay?.kind === 'rename' && (
        <PromptDialog
          open
          title="Rename note"
          label="New name"
          initialValue={titleOf(overlay.path)}
          submitLabel="Rename"
          onClose={() => setOverlay(null)}
          onSubmit={(name) => rename(overlay.path, name)}
        />
      )}
      {overlay?.kind === 'newFolder' && (
        <PromptDialog
          open
          title="New folder"
          label={overlay.parent ? `Folder name (inside ${overlay.parent})` : 'Folder name'}
          initialValue=""
          submitLabel="Create folder"
          onClose={() => setOverlay(null)}
          onSubmit={async (name) => {
            try {
              await client.call('notes:createFolder', { parent: overlay.parent, name });
              await tree.reload();
            } catch (error) {
              return errorMessage(error);
            }
          }}
        />
      )}
    </div>
  );
}

function describe(session: NoteSession): string {
  const status = session.getStatus();
  if (status.kind === 'error') return status.message;
  if (status.kind === 'conflict') return 'It changed on disk: choose which version to keep.';
  if (status.kind === 'removed') return 'It was deleted on disk.';
  return '';
}

function EmptyNotePane({ hasNotes, onCreate }: { hasNotes: boolean; onCreate: () => void }) {
  return (
    <div className="empty-state">
      <h2>{hasNotes ? 'Pick a note to open' : 'Your vault is empty'}</h2>
      <p>
        {hasNotes ? 'Choose one on the left, or press ' : 'Write your first note: press '}
        <kbd>Ctrl+P</kbd> to find a note, <kbd>Ctrl+N</kbd> for a new one.
      </p>
      <button className="button primary" onClick={onCreate}>
        New note
      </button>
    </div>
  );
}
