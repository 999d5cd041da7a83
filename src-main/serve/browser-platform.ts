/** What the browser-mode host can do for the core: no native dialogs, no OS trash, no system notifications. */
import { ASSET_PATH } from '../contract';
import type { Platform } from '../core/types';

export function browserPlatform(version: string): Platform {
  return {
    host: 'browser',
    version,
    assetBase: ASSET_PATH,
    // A web page cannot show the machine's folder picker: the renderer asks for a path instead.
    pickFolder: async () => null,
    // Deleted notes go to the vault's .trash/ folder, which the core manages.
    trashItem: async () => false,
    // The server cannot tell whether the user looks at the page: the page notifies itself, if the user allowed it.
    notifyIfUnfocused: () => undefined,
  };
}
