/**
 * Errors cross the boundary as values with a stable code and a message a
 * person can read; the renderer shows the message and branches on the code.
 */
export const ERROR_CODES = [
  'INVALID_ARGUMENT',
  'UNKNOWN_METHOD',
  'NO_VAULT',
  'OUTSIDE_VAULT',
  'NOT_FOUND',
  'EXISTS',
  'CONFLICT',
  'NOT_TEXT',
  'TOO_LARGE',
  'READ_ONLY',
  'DISK_FULL',
  'IO',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class CoachError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CoachError';
  }
}

export function isCoachError(value: unknown): value is CoachError {
  return value instanceof CoachError;
}
