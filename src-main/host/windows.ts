/**
 * The windows this app created. IPC is answered only for their web contents,
 * and core events go to all of them.
 */
import type { BrowserWindow, WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, type EventName, type Events } from '../contract';

export class WindowRegistry {
  private readonly windows = new Set<BrowserWindow>();

  add(window: BrowserWindow): void {
    this.windows.add(window);
    window.once('closed', () => this.windows.delete(window));
  }

  all(): BrowserWindow[] {
    return [...this.windows].filter((window) => !window.isDestroyed());
  }

  owns(contents: WebContents): boolean {
    return this.all().some((window) => window.webContents === contents);
  }

  /** Sends a contract event to every window; returns how many received it. */
  broadcast<E extends EventName>(name: E, payload: Events[E]): number {
    const windows = this.all();
    for (const window of windows) sendEvent(window.webContents, name, payload);
    return windows.length;
  }
}

export function sendEvent<E extends EventName>(contents: WebContents, name: E, payload: Events[E]): void {
  if (!contents.isDestroyed()) contents.send(IPC_EVENT_CHANNEL, name, payload);
}
