/** What only Electron can do for the core: the native folder picker, the OS trash and system notifications. */
import { BrowserWindow, dialog, Notification, shell, type OpenDialogOptions } from 'electron';
import type { Platform } from '../core/types';
import { VAULT_ASSET_BASE } from '../host/app-origin';

export function electronPlatform(version: string): Platform {
  return {
    host: 'electron',
    version,
    assetBase: VAULT_ASSET_BASE,
    async pickFolder() {
      const options: OpenDialogOptions = { title: 'Open a vault folder', properties: ['openDirectory', 'createDirectory'] };
      // Attached to the focused window, the dialog is modal to it (a sheet on macOS).
      const parent = BrowserWindow.getFocusedWindow();
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async trashItem(absolutePath) {
      await shell.trashItem(absolutePath);
      return true;
    },
    notifyIfUnfocused(title, body) {
      if (BrowserWindow.getFocusedWindow() !== null || !Notification.isSupported()) return;
      // Silent: the page plays its own gentle end sound, and two at once would not be gentle.
      new Notification({ title, body, silent: true }).show();
    },
  };
}
