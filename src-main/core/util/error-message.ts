/** The message of anything thrown, for a sentence shown to the user or written to the log. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
