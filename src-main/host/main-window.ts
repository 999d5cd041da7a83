/**
 * The app's window: every Electron security switch set explicitly (so a
 * changed default can never loosen one), hidden until its first paint, in the
 * theme's background colour so it never flashes white in dark mode.
 */
import { BrowserWindow, type Rectangle } from 'electron';
import type { Logger } from '../core/types';
import type { PageFlusher } from './page-flush';
import { initialBounds, MIN_WINDOW_SIZE, trackWindowState, type Timers, type WindowStateStore } from './window-state';
import type { WindowRegistry } from './windows';

export interface MainWindowDeps {
  preloadPath: string;
  entryUrl: string;
  isDev: boolean;
  backgroundColor: string;
  stateStore: WindowStateStore;
  workAreas: Rectangle[];
  windows: WindowRegistry;
  flusher: PageFlusher;
  timers: Timers;
  logger: Logger;
}

export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const { maximized, ...bounds } = initialBounds(deps.stateStore.get(), deps.workAreas);
  // One literal, in place, so Electronegativity can read every switch too.
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Interview Coach',
    show: false,
    backgroundColor: deps.backgroundColor,
    webPreferences: {
      preload: deps.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would open links in new windows behind the window.open handler's back.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: deps.isDev,
    },
  });
  deps.windows.add(window);
  deps.flusher.guardClose(window);
  window.webContents.on('render-process-gone', () => deps.flusher.pageGone(window.webContents));
  trackWindowState(window, deps.stateStore, deps.timers, deps.logger);
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.loadURL(deps.entryUrl).catch((error: unknown) => deps.logger.error('The app page did not load.', error));
  return window;
}
