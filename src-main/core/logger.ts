/** The default logger: stderr, one line a message, details only when given. */
import type { Logger } from './types';

export function consoleLogger(): Logger {
  const write = (level: string, message: string, detail?: unknown) => {
    const suffix = detail === undefined ? '' : ` ${detail instanceof Error ? (detail.stack ?? detail.message) : JSON.stringify(detail)}`;
    process.stderr.write(`[${level}] ${message}${suffix}\n`);
  };
  return {
    info: (message, detail) => write('info', message, detail),
    warn: (message, detail) => write('warn', message, detail),
    error: (message, detail) => write('error', message, detail),
  };
}
