/**
 * Turns Node file-system errors into `CoachError`s with a message a person can
 * act on. Every service maps errors here so the wording stays consistent.
 */
import { CoachError } from '../../contract/errors';
import { errorMessage } from '../util/error-message';

export function errnoCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * @param action what we were doing, as a verb phrase: "save", "read", "rename"
 * @param name the vault-relative path (or file name) to show the user
 */
export function toCoachError(error: unknown, action: string, name: string): CoachError {
  if (error instanceof CoachError) return error;
  const quoted = `“${name}”`;
  switch (errnoCode(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new CoachError('NOT_FOUND', `Could not ${action} ${quoted}: it does not exist (it may have been moved or deleted).`);
    case 'EEXIST':
    case 'ENOTEMPTY':
      return new CoachError('EXISTS', `Could not ${action} ${quoted}: something with that name already exists.`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new CoachError('DISK_FULL', `Could not ${action} ${quoted}: the disk is full. Free some space and try again; the previous version is intact.`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new CoachError('READ_ONLY', `Could not ${action} ${quoted}: the file or its folder is read-only, or you do not have permission.`);
    case 'EISDIR':
      return new CoachError('NOT_TEXT', `Could not ${action} ${quoted}: it is a folder, not a note.`);
    case 'ENAMETOOLONG':
      return new CoachError('INVALID_ARGUMENT', `Could not ${action} ${quoted}: the name is too long.`);
    default: {
      return new CoachError('IO', `Could not ${action} ${quoted}: ${errorMessage(error)}`);
    }
  }
}
