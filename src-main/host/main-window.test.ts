import { describe, expect, it, vi, type Mock } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow, type MainWindowDeps } from './main-window';
import { WINDOW_BACKGROUND, windowBackground } from './window-background';
import { PageFlusher } from './page-flush';
import type { FakeWindow } from './testing/fake-window';
import { systemClock } from '../core/clock';
import type { WindowState } from './window-state';
import { WindowRegistry } from './windows';

type CreatedWindow = FakeWindow & { loadURL: Mock<(url: string) => Promise<void>>; show: Mock<() => void>; maximize: Mock<() => void> };
const created = vi.hoisted(() => [] as { options: BrowserWindowConstructorOptions; window: CreatedWindow }[]);

vi.mock('electron', async () => {
  const { fakeWindow } = await import('./testing/fake-window');
  return {
    BrowserWindow: vi.fn(function (options: BrowserWindowConstructorOptions) {
      const window = Object.assign(fakeWindow(), {
        loadURL: vi.fn(async (_url: string) => undefined),
        show: vi.fn(),
        maximize: vi.fn(),
      });
      created.push({ options, window });
      return window;
    }),
  };
});

function open(overrides: Partial<MainWindowDeps> = {}, saved?: WindowState) {
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  const windows = new WindowRegistry();
  const window = createMainWindow({
    preloadPath: '/app/out/preload/index.cjs',
    entryUrl: 'app://renderer/index.html',
    isDev: false,
    backgroundColor: '#123456',
    stateStore: { get: () => saved, set: vi.fn(async () => undefined) },
    workAreas: [{ x: 0, y: 0, width: 1920, height: 1080 }],
    windows,
    flusher: new PageFlusher(windows, logger),
    timers: systemClock,
    logger,
    ...overrides,
  });
  const last = created.at(-1)!;
  expect(window).toBe(last.window);
  return { ...last, windows };
}

describe('the main window', () => {
  it('sets every security switch explicitly', () => {
    expect(open().options.webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
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
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
      devTools: false,
    });
  });

  it('allows the developer tools in development only', () => {
    expect(open({ isDev: true }).options.webPreferences).toMatchObject({ devTools: true, sandbox: true });
  });

  it('loads the app hidden, in the theme colour, and shows it once painted', () => {
    const { options, window, windows } = open();
    expect(options).toMatchObject({ show: false, backgroundColor: '#123456' });
    expect(windows.all()).toEqual([window]);
    expect(window.loadURL).toHaveBeenCalledWith('app://renderer/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalled();
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it('reopens where it was, maximized if it was', () => {
    const { options, window } = open({}, { x: 10, y: 10, width: 900, height: 700, maximized: true });
    expect(options).toMatchObject({ x: 10, y: 10, width: 900, height: 700 });
    expect(options).not.toHaveProperty('maximized');
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
  });
});

describe('windowBackground', () => {
  it.each([
    ['light', true, WINDOW_BACKGROUND.light],
    ['dark', false, WINDOW_BACKGROUND.dark],
    ['system', true, WINDOW_BACKGROUND.dark],
    ['system', false, WINDOW_BACKGROUND.light],
  ] as const)('theme %s, system dark %s → %s', (theme, systemDark, colour) => {
    expect(windowBackground(theme, systemDark)).toBe(colour);
  });
});
