/**
 * The Electron entry's wiring, with electron and the core mocked: the guards
 * are installed before anything loads, then the core, IPC, protocols, menu and
 * window come up in order once the app is ready.
 */
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { IPC_INVOKE_CHANNEL } from './contract';

const mocks = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events');
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    whenReady: vi.fn(async () => undefined),
    getPath: vi.fn((_name: string) => ''),
    getAppPath: () => '/repo',
    getVersion: () => '0.1.0',
    getName: () => 'Interview Coach',
    requestSingleInstanceLock: vi.fn(() => true),
    enableSandbox: vi.fn(),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  const windows: (EventEmitter & { options: unknown })[] = [];
  return {
    app,
    windows,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: {
      webRequest: { onBeforeRequest: vi.fn(), onHeadersReceived: vi.fn() },
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
    },
    ipcMain: { handle: vi.fn() },
    menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    core: {
      handlers: { 'settings:get': vi.fn(async () => ({ theme: 'dark' })) },
      onEvent: vi.fn(() => () => undefined),
      start: vi.fn(async () => undefined),
      stop: vi.fn(async () => undefined),
      resolveAsset: vi.fn(),
      windowState: { get: vi.fn(() => undefined), set: vi.fn(async () => undefined) },
    },
    createCore: vi.fn(),
  };
});

vi.mock('electron', () => ({
  app: mocks.app,
  protocol: mocks.protocol,
  session: { defaultSession: mocks.session },
  ipcMain: mocks.ipcMain,
  Menu: mocks.menu,
  nativeTheme: { shouldUseDarkColors: false },
  screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  shell: { openExternal: vi.fn() },
  dialog: {},
  BrowserWindow: Object.assign(
    vi.fn(function (options: unknown) {
      const window = Object.assign(new EventEmitter(), {
        options,
        webContents: new EventEmitter(),
        isDestroyed: () => false,
        loadURL: vi.fn(async () => undefined),
      });
      mocks.windows.push(window);
      return window;
    }),
    { getFocusedWindow: () => null },
  ),
}));

vi.mock('./core', () => ({
  createCore: mocks.createCore.mockImplementation(() => mocks.core),
}));

describe('the Electron entry', () => {
  it('wires the guards, the core, IPC, protocols, menu and window', async () => {
    mocks.app.getPath.mockImplementation((name: string) => `${tmpdir()}/coach-entry-test/${name}`);
    Object.assign(process, { resourcesPath: '/opt/interview-coach/resources' }); // set by Electron
    await import('./index');
    // Before ready: schemes, sandbox for every renderer, guards for every web contents.
    expect(mocks.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(mocks.app.enableSandbox).toHaveBeenCalled();
    expect(mocks.app.listenerCount('web-contents-created')).toBe(1);
    await vi.waitFor(() => expect(mocks.windows).toHaveLength(1));

    expect(mocks.session.webRequest.onBeforeRequest).toHaveBeenCalled();
    expect(mocks.session.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(mocks.session.setPermissionRequestHandler).toHaveBeenCalled();
    expect(mocks.session.setPermissionCheckHandler).toHaveBeenCalled();
    expect(mocks.createCore).toHaveBeenCalledWith(
      expect.objectContaining({
        dataDir: `${tmpdir()}/coach-entry-test/userData`,
        defaultVaultDir: expect.stringMatching(/documents[/\\]Interview Coach$/),
        starterDir: '/opt/interview-coach/resources/starter-vault',
        platform: expect.objectContaining({ host: 'electron', assetBase: 'vault-asset://local/' }),
      }),
    );
    expect(mocks.core.start).toHaveBeenCalled();
    expect(mocks.ipcMain.handle).toHaveBeenCalledTimes(1);
    expect(mocks.ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, expect.any(Function));
    expect(mocks.protocol.handle.mock.calls.map(([scheme]) => scheme)).toEqual(['app', 'vault-asset']);
    expect(mocks.menu.setApplicationMenu).toHaveBeenCalled();
    expect(mocks.app.listenerCount('before-quit')).toBe(1);
    const window = mocks.windows[0]!;
    expect(window.options).toMatchObject({ backgroundColor: '#17181b', webPreferences: { sandbox: true, contextIsolation: true } });
    expect((window as unknown as { loadURL: ReturnType<typeof vi.fn> }).loadURL).toHaveBeenCalledWith('app://renderer/index.html');
  });
});
