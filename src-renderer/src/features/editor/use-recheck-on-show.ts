/**
 * Two screens can hold the same note (a story is a note too), and a save
 * through one is the app's own write, which the core does not report as a
 * change on disk. So a screen coming back into view asks for the note's
 * current hash: a clean editor reloads, one with unsaved edits gets the
 * conflict bar, exactly as for a change made by another program.
 */
import { useEffect, type RefObject } from 'react';
import { useClient } from '../../lib/client-context';
import type { NoteSession } from './note-session';

export function useRecheckOnShow(active: boolean, session: RefObject<NoteSession | null>): void {
  const client = useClient();
  useEffect(() => {
    const shown = session.current;
    if (!active || !shown) return;
    client.call('notes:readStart', { path: shown.path }).then(
      (start) => {
        if (shown === session.current) void shown.diskChanged(start.hash);
      },
      // Gone or unreadable: the watcher's removal event, or the next save, tells the user.
      () => undefined,
    );
  }, [active, client, session]);
}
