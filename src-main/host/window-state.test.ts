import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Rectangle } from 'electron';
import { fakeWindow } from './testing/fake-window';
import { DEFAULT_WINDOW_SIZE, initialBounds, SAVE_DELAY_MS, trackWindowState, type Timers, type WindowState } from './window-state';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 900 };
const rightMonitor: Rectangle = { x: 1440, y: 0, width: 1920, height: 1080 };

describe('initialBounds', () => {
  it('uses the default size the first time', () => {
    expect(initialBounds(undefined, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximized: false });
  });

  it('restores a window that is on a display', () => {
    const saved = { x: 1600, y: 100, width: 1000, height: 700, maximized: true };
    expect(initialBounds(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('ignores the position of a window on a display that is gone, keeping its size', () => {
    const saved = { x: 1600, y: 100, width: 1000, height: 700, maximized: false };
    expect(initialBounds(saved, [laptop])).toEqual({ width: 1000, height: 700, maximized: false });
  });

  it('ignores a position with only a sliver of the window visible', () => {
    const saved = { x: 1400, y: 850, width: 800, height: 600, maximized: false };
    expect(initialBounds(saved, [laptop])).not.toHaveProperty('x');
  });

  it('never restores a window smaller than the minimum', () => {
    const saved = { x: 10, y: 10, width: 10, height: 10, maximized: false };
    expect(initialBounds(saved, [laptop])).toMatchObject({ width: 640, height: 420 });
  });
});

function manualTimers() {
  const pending = new Map<number, () => void>();
  let next = 0;
  const timers: Timers = {
    setTimeout: (fn) => (pending.set(++next, fn), next),
    clearTimeout: (handle) => pending.delete(handle as number),
  };
  const runAll = () => {
    for (const [id, fn] of [...pending]) (pending.delete(id), fn());
  };
  return { timers, pending, runAll };
}

function trackedWindow() {
  const window = Object.assign(fakeWindow(), {
    getNormalBounds: () => ({ x: 5, y: 6, width: 900, height: 700 }),
    isMaximized: () => false,
    isMinimized: () => false,
  });
  const store = { get: () => undefined, set: vi.fn(async (_state: WindowState) => undefined) };
  const clock = manualTimers();
  trackWindowState(window.asWindow(), store, clock.timers, { info: vi.fn(), warn: vi.fn(), error: vi.fn() });
  return { window, store, clock };
}

describe('trackWindowState', () => {
  it('saves once after the window stops moving', () => {
    const { window, store, clock } = trackedWindow();
    window.emit('move');
    window.emit('resize');
    window.emit('move');
    expect(clock.pending.size).toBe(1);
    expect(store.set).not.toHaveBeenCalled();
    clock.runAll();
    expect(store.set).toHaveBeenCalledTimes(1);
    expect(store.set).toHaveBeenCalledWith({ x: 5, y: 6, width: 900, height: 700, maximized: false });
  });

  it('saves at once when the window closes', () => {
    const { window, store, clock } = trackedWindow();
    window.emit('resize');
    window.emit('close');
    expect(store.set).toHaveBeenCalledTimes(1);
    expect(clock.pending.size).toBe(0);
  });
});
