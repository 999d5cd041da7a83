/** What the user sees of a note's save state: the status text and the bars for conflicts. */
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
  if (status.kind === 'removed') {
    return (
      <div className="banner warning" role="alert">
        <span>This note was deleted or moved by another program. Your text is still here.</span>
        <span className="banner-actions">
          <button className="button" onClick={() => void session.keepMine()}>
            Save it again here
          </button>
        </span>
      </div>
    );
  }
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
