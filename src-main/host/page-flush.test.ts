import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { App } from 'electron';
import { IPC_EVENT_CHANNEL } from '../contract';
import { FLUSH_TIMEOUT_MS, PageFlusher } from './page-flush';
import { fakeWindow, flushRequests } from './testing/fake-window';
import { WindowRegistry } from './windows';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(windowCount = 1) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const registry = new WindowRegistry();
  const windows = Array.from({ length: windowCount }, () => fakeWindow());
  for (const window of windows) registry.add(window.asWindow());
  const flusher = new PageFlusher(registry, logger);
  const appEvents = new EventEmitter();
  const quit = vi.fn(() => {
    const event = { defaultPrevented: false, preventDefault: () => (event.defaultPrevented = true) };
    appEvents.emit('before-quit', event);
    return event.defaultPrevented;
  });
  const app = { on: appEvents.on.bind(appEvents), quit } as unknown as App;
  const stopCore = vi.fn(async () => undefined);
  flusher.installQuitFlush(app, stopCore);
  return { flusher, windows, quit, stopCore, logger };
}

describe('quit', () => {
  it('asks every window to save and quits once all have answered, after stopping the core', async () => {
    const { flusher, windows, quit, stopCore } = setup(2);
    expect(quit()).toBe(true); // the first quit is held back
    for (const window of windows) expect(window.sent[0]?.[0]).toBe(IPC_EVENT_CHANNEL);
    const [requestId] = flushRequests(windows[0]!);
    expect(requestId).toBeTruthy();

    flusher.acknowledge(requestId!, windows[0]!.webContents as never);
    await vi.advanceTimersByTimeAsync(0);
    expect(stopCore).not.toHaveBeenCalled(); // one window has not saved yet

    flusher.acknowledge(flushRequests(windows[1]!)[0]!, windows[1]!.webContents as never);
    await vi.advanceTimersByTimeAsync(0);
    expect(stopCore).toHaveBeenCalledTimes(1);
    expect(quit).toHaveBeenCalledTimes(2);
    expect(quit.mock.results[1]?.value).toBe(false); // the repeated quit goes through
  });

  it('gives up waiting after the timeout and still quits', async () => {
    const { quit, stopCore, logger } = setup();
    quit();
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS - 1);
    expect(stopCore).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(stopCore).toHaveBeenCalled();
    expect(logger.warn).toHaveBeenCalled();
    expect(quit).toHaveBeenCalledTimes(2);
  });

  it('flushes once even when quit is asked for again while waiting', async () => {
    const { windows, quit } = setup();
    quit();
    quit();
    expect(flushRequests(windows[0]!)).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS);
  });

  it('quits even when the core fails to stop', async () => {
    const { flusher, windows, quit, stopCore, logger } = setup();
    stopCore.mockRejectedValueOnce(new Error('disk gone'));
    quit();
    flusher.acknowledge(flushRequests(windows[0]!)[0]!, windows[0]!.webContents as never);
    await vi.advanceTimersByTimeAsync(0);
    expect(logger.error).toHaveBeenCalled();
    expect(quit).toHaveBeenCalledTimes(2);
  });

  it('ignores acknowledgements of unknown requests', async () => {
    const { flusher, windows, quit, stopCore } = setup();
    quit();
    flusher.acknowledge('forged', windows[0]!.webContents as never);
    await vi.advanceTimersByTimeAsync(0);
    expect(stopCore).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS);
  });
});

describe('a page that goes away', () => {
  it('is not waited for: a crashed page cannot answer', async () => {
    const { flusher, windows, quit, stopCore } = setup(2);
    quit();
    flusher.acknowledge(flushRequests(windows[0]!)[0]!, windows[0]!.webContents as never);
    flusher.pageGone(windows[1]!.webContents as never);
    await vi.advanceTimersByTimeAsync(0);
    expect(stopCore).toHaveBeenCalledTimes(1);
  });
});

describe('closing a window', () => {
  it('waits for that window to save, then closes it', async () => {
    const { flusher, windows } = setup();
    const window = windows[0]!;
    flusher.guardClose(window.asWindow());
    window.close();
    expect(window.isDestroyed()).toBe(false);
    flusher.acknowledge(flushRequests(window)[0]!, window.webContents as never);
    await vi.advanceTimersByTimeAsync(0);
    expect(window.isDestroyed()).toBe(true);
  });

  it('closes anyway when the page does not answer', async () => {
    const { flusher, windows } = setup();
    const window = windows[0]!;
    flusher.guardClose(window.asWindow());
    window.close();
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS);
    expect(window.isDestroyed()).toBe(true);
  });

  it('is not flushed a second time once the app has quit', async () => {
    const { flusher, windows, quit } = setup();
    const window = windows[0]!;
    flusher.guardClose(window.asWindow());
    quit();
    flusher.acknowledge(flushRequests(window)[0]!, window.webContents as never);
    await vi.advanceTimersByTimeAsync(0);
    window.close();
    expect(window.isDestroyed()).toBe(true);
    expect(flushRequests(window)).toHaveLength(1);
  });
});

describe('reload', () => {
  it('reloads only after the page has saved', async () => {
    const { flusher, windows } = setup();
    const window = windows[0]!;
    const reloading = flusher.reload(window.asWindow());
    expect(window.webContents.reload).not.toHaveBeenCalled();
    flusher.acknowledge(flushRequests(window)[0]!, window.webContents as never);
    await reloading;
    expect(window.webContents.reload).toHaveBeenCalled();
  });
});
