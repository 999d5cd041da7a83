/**
 * Keeping a session's report note in step with the session, without ever
 * overwriting the user: the report is written through the vault service
 * (atomic, conflict-checked), and rewritten only while its bytes are still
 * the ones we wrote last (their hash is kept with the session). A report
 * edited by hand, moved or deleted is left as the user left it; the session
 * in the data dir stays the source of the history and the review.
 */
import { CoachError } from '../../contract/errors';
import { hashText } from '../fs/text-file';
import type { VaultService } from '../vault/vault-service';
import { MOCK_FOLDER, reportPathOf } from './mock-paths';
import { mockReport } from './report';
import type { StoredMock } from './session-file';

export type ReportNotes = Pick<VaultService, 'read' | 'write' | 'createFolder'>;

/** `none`: not written yet; `ours`: as we wrote it; `edited`: changed by hand since; `gone`: moved or deleted. */
export type ReportState = 'none' | 'ours' | 'edited' | 'gone';

export async function reportState(notes: ReportNotes, stored: StoredMock): Promise<ReportState> {
  if (stored.reportHash === null) return 'none';
  try {
    const note = await notes.read(reportPathOf(stored.baseName));
    return note.hash === stored.reportHash ? 'ours' : 'edited';
  } catch (error) {
    if (error instanceof CoachError && error.code === 'NOT_FOUND') return 'gone';
    // Unreadable as a note now (made binary, too large…): not ours any more.
    if (error instanceof CoachError && (error.code === 'NOT_TEXT' || error.code === 'TOO_LARGE')) return 'edited';
    throw error;
  }
}

/**
 * Writes the report as the session is now, if it is the first time or the
 * report is untouched since; returns the new hash, or null when nothing was
 * written (unchanged, or the user's to keep).
 */
export async function updateReport(notes: ReportNotes, stored: StoredMock): Promise<string | null> {
  const path = reportPathOf(stored.baseName);
  const content = mockReport(stored.session, stored.baseName);
  const hash = hashText(content);
  const state = await reportState(notes, stored);
  if (state === 'edited' || state === 'gone' || hash === stored.reportHash) return null;
  if (state === 'none') {
    await notes.createFolder({ parent: '', name: MOCK_FOLDER }).catch((error: unknown) => {
      if (!(error instanceof CoachError && error.code === 'EXISTS')) throw error;
    });
  }
  // A file that appeared under the name meanwhile (or changed since the check) is a CONFLICT, never overwritten.
  await notes.write({ path, content, expectedHash: stored.reportHash });
  return hash;
}
