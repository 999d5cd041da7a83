/**
 * The Electron entry: app lifecycle, the window, the menu and the security
 * guards, and the wiring of the core to IPC. Kept thin on purpose: each job
 * lives in a small module under ./host, unit-tested with `electron` mocked,
 * because the Electron binary cannot run on the build machines.
 */
import { app, BrowserWindow, ipcMain, Menu, nativeTheme, protocol, screen, session, shell } from 'electron';
import type { CommandId } from './contract';
import { createCore } from './core';
import { appendFsFor } from './core/drills/append-file';
import { atomicWriteFsFor } from './core/fs/test-faults';
import { systemClock } from './core/clock';
import { consoleLogger } from './core/logger';
import { appOrigin, APP_SCHEME, VAULT_ASSET_SCHEME } from './host/app-origin';
import { contentSecurityPolicy, installCspHeader, securityHeaders } from './host/csp';
import { registerInvokeHandler } from './host/ipc';
import { createMainWindow } from './host/main-window';
import { windowBackground } from './host/window-background';
import { menuTemplate } from './host/menu';
import { installRequestFilter, keepSpellCheckOffline } from './host/network';
import { PageFlusher } from './host/page-flush';
import { parseLaunchOptions } from './host/launch-options';
import { appPaths } from './host/paths';
import { installPermissionHandlers } from './host/permissions';
import { registerPrivilegedSchemes, rendererHandler, vaultAssetHandler } from './host/protocols';
import { guardWebContents } from './host/web-contents-guards';
import { sendEvent, WindowRegistry } from './host/windows';
import { electronPlatform } from './platform/electron-platform';

const logger = consoleLogger();
// Trusted only unpackaged: an environment variable must never point the installed app at another page.
const origin = appOrigin(app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL);
const isDev = origin.devServerOrigin !== null;

const launch = parseLaunchOptions(process.argv);
// Before anything reads it, and before the single-instance lock (which is per data folder).
if (launch.dataDir) app.setPath('userData', launch.dataDir);

registerPrivilegedSchemes(protocol);
app.enableSandbox();
app.on('web-contents-created', (_event, contents) =>
  guardWebContents(contents, { isAppUrl: origin.isAppUrl, openExternal: (url) => shell.openExternal(url) }),
);

if (app.requestSingleInstanceLock()) {
  start().catch((error: unknown) => {
    logger.error('Interview Coach could not start.', error);
    app.exit(1);
  });
} else {
  app.quit(); // Another instance runs; it is told through 'second-instance' and comes forward.
}

async function start(): Promise<void> {
  await app.whenReady();
  const paths = appPaths({
    isPackaged: app.isPackaged,
    mainDir: import.meta.dirname,
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    userData: app.getPath('userData'),
    documents: app.getPath('documents'),
  });

  const csp = contentSecurityPolicy(origin.devServerOrigin);
  installRequestFilter(session.defaultSession, origin.devServerOrigin);
  keepSpellCheckOffline(session.defaultSession, process.platform);
  installCspHeader(session.defaultSession, csp);
  installPermissionHandlers(session.defaultSession, origin.isAppUrl);

  const core = createCore({
    dataDir: paths.dataDir,
    defaultVaultDir: paths.defaultVaultDir,
    starterDir: paths.starterDir,
    initialVault: launch.vault,
    platform: electronPlatform(app.getVersion()),
    writeFs: atomicWriteFsFor(process.env, paths.dataDir),
    appendFs: appendFsFor(process.env, paths.dataDir),
    logger,
  });
  protocol.handle(APP_SCHEME, rendererHandler(paths.rendererDir, securityHeaders(csp)));
  protocol.handle(VAULT_ASSET_SCHEME, vaultAssetHandler((vaultPath) => core.resolveAsset(vaultPath)));

  const windows = new WindowRegistry();
  const flusher = new PageFlusher(windows, logger);
  registerInvokeHandler({
    ipcMain,
    handlers: core.handlers,
    isAppUrl: origin.isAppUrl,
    ownsWebContents: (contents) => windows.owns(contents),
    onFlushed: (requestId, sender) => flusher.acknowledge(requestId, sender),
    logger,
  });
  core.onEvent((name, payload) => windows.broadcast(name, payload));
  flusher.installQuitFlush(app, () => core.stop());
  await core.start();

  const focusedWindow = () => BrowserWindow.getFocusedWindow() ?? windows.all()[0];
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      menuTemplate(
        {
          runCommand: (id: CommandId) => {
            const window = focusedWindow();
            if (window) sendEvent(window.webContents, 'command:run', { id });
          },
          reload: () => {
            const window = focusedWindow();
            if (window) void flusher.reload(window);
          },
        },
        { appName: app.getName(), isMac: process.platform === 'darwin', isDev },
      ),
    ),
  );

  const { theme } = await core.handlers['settings:get']({});
  const openWindow = () =>
    createMainWindow({
      preloadPath: paths.preload,
      entryUrl: origin.entryUrl,
      isDev,
      backgroundColor: windowBackground(theme, nativeTheme.shouldUseDarkColors),
      stateStore: core.windowState,
      workAreas: screen.getAllDisplays().map((display) => display.workArea),
      windows,
      flusher,
      timers: systemClock,
      logger,
    });
  openWindow();

  app.on('second-instance', () => {
    const window = windows.all()[0];
    if (!window) return void openWindow();
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  // macOS keeps the app running without windows; the Dock icon opens a new one.
  app.on('activate', () => {
    if (windows.all().length === 0) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
