/** A BrowserWindow stand-in for host tests: real events, recorded IPC sends. */
import { EventEmitter } from 'node:events';
import { vi, type Mock } from 'vitest';
import type { BrowserWindow } from 'electron';

export interface FakeWindow extends EventEmitter {
  sent: [string, ...unknown[]][];
  webContents: { send: (...args: [string, ...unknown[]]) => void; isDestroyed: () => boolean; reload: Mock<() => void>; on: Mock };
  isDestroyed: () => boolean;
  close: Mock<() => void>;
  asWindow(): BrowserWindow;
}

export function fakeWindow(): FakeWindow {
  const emitter = new EventEmitter();
  const sent: [string, ...unknown[]][] = [];
  let destroyed = false;
  const window = Object.assign(emitter, {
    sent,
    webContents: { send: (...args: [string, ...unknown[]]) => void sent.push(args), isDestroyed: () => destroyed, reload: vi.fn(), on: vi.fn() },
    isDestroyed: () => destroyed,
    // Like Electron: 'close' can be cancelled; if not, the window is gone.
    close: vi.fn(() => {
      const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
      emitter.emit('close', event);
      if (event.defaultPrevented) return;
      destroyed = true;
      emitter.emit('closed');
    }),
    asWindow: () => window as unknown as BrowserWindow,
  });
  return window;
}

/** The request ids of the `app:flush` events a window received. */
export function flushRequests(window: FakeWindow): string[] {
  return window.sent
    .filter(([, name]) => name === 'app:flush')
    .map(([, , payload]) => (payload as { requestId: string }).requestId);
}
