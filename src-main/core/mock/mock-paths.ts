/**
 * Where a mock interview's files go in the vault: its report is the note
 * `Mock interviews/<base>.md`, its recordings are in the folder
 * `Mock interviews/<base>/`, where the base name is the session's start and
 * format ("2026-11-26 09-12 Behavioral"): sorted by date in any file list,
 * and valid on every OS (no colon).
 */
import { localDateTime } from '../util/local-time';
import { isNoteName } from '../vault/vault-paths';

export const MOCK_FOLDER = 'Mock interviews';

/** A report of ours, in the paths the core holds (normalised): its questions repeat the notes', so they are not cards. */
export function isMockReportPath(notePath: string): boolean {
  return notePath.startsWith(`${MOCK_FOLDER}/`) && isNoteName(notePath);
}

/** "2026-11-26 09-12 Behavioral", on the user's calendar and clock. */
export function sessionBaseName(startedAt: number, formatLabel: string): string {
  const { date, time } = localDateTime(startedAt);
  return `${date} ${time.replace(':', '-')} ${formatLabel}`;
}

export function reportPathOf(baseName: string): string {
  return `${MOCK_FOLDER}/${baseName}.md`;
}

export function recordingsFolderOf(baseName: string): string {
  return `${MOCK_FOLDER}/${baseName}`;
}

/** `Mock interviews/<base>/q3.webm` for the third question. */
export function recordingPathOf(baseName: string, index: number, extension: string): string {
  return `${recordingsFolderOf(baseName)}/q${index + 1}.${extension}`;
}
