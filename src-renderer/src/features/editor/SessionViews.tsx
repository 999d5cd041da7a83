/** What the user sees of a note's save state: the status text and the bars for conflicts. */
import { useState } from 'react';
import { PromptDialog } from '../../lib/Dialog';
import { siblingPath, titleOf } from '../notes/note-paths';
import type { NoteSession, SaveStatus } from './note-session';

const STATUS_TEXT: Record<Exclude<SaveStatus['kind'], 'error'>, string> = {
  saved: 'Saved',
  unsaved: 'Unsaved changes',
  saving: 'Saving…',
  conflict: 'Changed on disk',
  removed: 'Deleted on disk',
};

export function SaveStatusView({ status }: { status: SaveStatus }) {
  const text = status.kind === 'error' ? `Not saved: ${status.message}` : STATUS_TEXT[status.kind];
  return (
    <span className={`save-status ${status.kind}`} role="status" aria-label="Save status" data-status={status.kind}>
      {text}
    </span>
  );
}

export function SessionBanner({ status, session }: { status: SaveStatus; session: NoteSession }) {
  if (status.kind === 'conflict') {
    return (
      <div className="banner warning" role="alert">
        <span>This note was changed by another program while you were editing it.</span>
        <span className="banner-actions">
          <button className="button" onClick={() => void session.keepMine()}>
            Keep my version
          </button>
          <button className="button" onClick={() => void session.loadFromDisk()}>
            Load from disk
          </button>
        </span>
      </div>
    );
  }
  if (status.kind === 'removed') return <RemovedBanner session={session} />;
  if (status.kind === 'error') {
    return (
      <div className="banner error" role="alert">
        <span>Your changes are not saved yet: {status.message}</span>
        <span className="banner-actions">
          <button className="button" onClick={() => void session.save()}>
            Try again
          </button>
        </span>
      </div>
    );
  }
  return null;
}

/** The note's file is gone but its text is not: write it back where it was, or under a new name. */
function RemovedBanner({ session }: { session: NoteSession }) {
  const [askingName, setAskingName] = useState(false);
  return (
    <div className="banner warning" role="alert">
      <span>This note was deleted or moved by another program. Your text is still here.</span>
      <span className="banner-actions">
        <button className="button" onClick={() => void session.keepMine()}>
          Save it again here
        </button>
        <button className="button" onClick={() => setAskingName(true)}>
          Save as…
        </button>
      </span>
      {askingName && (
        <PromptDialog
          open
          title="Save as a new note"
          label="Name of the new note"
          initialValue={`${titleOf(session.path)} (recovered)`}
          submitLabel="Save"
          onClose={() => setAskingName(false)}
          onSubmit={async (name) => {
            if (/[/\\]/.test(name)) return 'A name cannot contain “/” or “\\”.';
            return (await session.saveAs(siblingPath(session.path, name))) ?? undefined;
          }}
        />
      )}
    </div>
  );
}
