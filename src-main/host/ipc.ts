/**
 * The Electron end of the contract: one `ipcMain.handle` on the invoke
 * channel. Every call is first checked to come from the app's own page in a
 * window we created, then goes through the same `dispatch` boundary as browser
 * mode (method name checked, arguments parsed, errors turned into values).
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { IPC_INVOKE_CHANNEL, type Handlers } from '../contract';
import { dispatch } from '../core/dispatch';
import type { Logger } from '../core/types';

export interface SenderCheck {
  isAppUrl(url: string): boolean;
  ownsWebContents(contents: IpcMainInvokeEvent['sender']): boolean;
}

/** The top frame of one of our windows, showing the app's own page. */
export function isTrustedSender(event: IpcMainInvokeEvent, check: SenderCheck): boolean {
  const frame = event.senderFrame;
  return frame !== null && frame.parent === null && check.isAppUrl(frame.url) && check.ownsWebContents(event.sender);
}

export interface InvokeHandlerOptions extends SenderCheck {
  ipcMain: IpcMain;
  handlers: Handlers;
  /** Told of every `app:flushed` acknowledgement before the core sees it. */
  onFlushed(requestId: string, sender: WebContents): void;
  logger: Logger;
}

export function registerInvokeHandler(options: InvokeHandlerOptions): void {
  const { ipcMain, handlers, onFlushed, logger } = options;
  ipcMain.handle(IPC_INVOKE_CHANNEL, async (event, name: unknown, args: unknown) => {
    if (!isTrustedSender(event, options)) {
      logger.warn('Refused an IPC call from a page that is not the app', { url: event.senderFrame?.url ?? null });
      // Thrown, not returned: there is no app page on the other end to show a message.
      throw new Error('This page may not call the app.');
    }
    const result = await dispatch(handlers, name, args, logger);
    if (name === 'app:flushed' && result.ok) onFlushed((args as { requestId: string }).requestId, event.sender);
    return result;
  });
}
