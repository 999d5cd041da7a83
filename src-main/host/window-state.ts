/**
 * The main window reopens where the user left it: same size, same place,
 * maximized or not; but never off-screen (a monitor may have been unplugged
 * since), in which case only the size is kept and the window is centred.
 */
import type { BrowserWindow, Rectangle } from 'electron';
import type { Clock, Logger } from '../core/types';

export type { WindowState, WindowStateStore } from '../core/types';
import type { WindowState, WindowStateStore } from '../core/types';

export type Timers = Pick<Clock, 'setTimeout' | 'clearTimeout'>;

export const DEFAULT_WINDOW_SIZE = { width: 1200, height: 800 };
export const MIN_WINDOW_SIZE = { width: 640, height: 420 };
export const SAVE_DELAY_MS = 500;
/** How much of the window must lie on some display for the position to count as visible. */
const MIN_VISIBLE = { width: 120, height: 60 };

export interface InitialBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export function initialBounds(saved: WindowState | undefined, workAreas: Rectangle[]): InitialBounds {
  if (!saved) return { ...DEFAULT_WINDOW_SIZE, maximized: false };
  const size = {
    width: Math.max(MIN_WINDOW_SIZE.width, Math.round(saved.width)),
    height: Math.max(MIN_WINDOW_SIZE.height, Math.round(saved.height)),
    maximized: saved.maximized,
  };
  const onScreen = workAreas.some((area) => {
    const visible = intersection({ ...saved, ...size }, area);
    return visible.width >= MIN_VISIBLE.width && visible.height >= MIN_VISIBLE.height;
  });
  return onScreen ? { x: Math.round(saved.x), y: Math.round(saved.y), ...size } : size;
}

function intersection(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** Saves the window's place after it stops moving or resizing, and when it closes. */
export function trackWindowState(window: BrowserWindow, store: WindowStateStore, timers: Timers, logger: Logger): void {
  let pending: unknown = null;
  const save = () => {
    pending = null;
    if (window.isDestroyed() || window.isMinimized()) return;
    // The normal bounds, so a maximized window un-maximizes to where it was.
    const state = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    store.set(state).catch((error: unknown) => logger.warn('Could not save the window position.', error));
  };
  const saveSoon = () => {
    if (pending !== null) timers.clearTimeout(pending);
    pending = timers.setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('move', saveSoon);
  window.on('resize', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', () => {
    if (pending !== null) timers.clearTimeout(pending);
    save();
  });
}
