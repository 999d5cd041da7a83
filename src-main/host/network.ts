/**
 * The app makes no network request, ever: every request a page makes must go
 * to the app's own schemes (or, in development, to the Vite dev server).
 * The CSP says the same to the page; this enforces it in the main process.
 */
import type { Session } from 'electron';
import { APP_SCHEME, parseUrl, VAULT_ASSET_SCHEME } from './app-origin';

const LOCAL_PROTOCOLS = new Set([`${APP_SCHEME}:`, `${VAULT_ASSET_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

export function isRequestAllowed(url: string, devServerOrigin: string | null): boolean {
  const target = parseUrl(url);
  if (!target) return false;
  if (LOCAL_PROTOCOLS.has(target.protocol)) return true;
  if (!devServerOrigin) return false;
  const dev = new URL(devServerOrigin);
  const devProtocols = [dev.protocol, dev.protocol.replace(/^http/, 'ws')];
  return devProtocols.includes(target.protocol) && target.host === dev.host;
}

export function installRequestFilter(session: Session, devServerOrigin: string | null): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isRequestAllowed(details.url, devServerOrigin) });
  });
}

/**
 * On Linux (and only there) Chromium downloads Hunspell dictionaries from the
 * network the first time spell checking runs; macOS and Windows use the
 * system's spell checker offline. No download, ever: spell checking stays off
 * on Linux.
 */
export function keepSpellCheckOffline(session: Pick<Session, 'setSpellCheckerEnabled'>, platform: NodeJS.Platform): void {
  if (platform === 'linux') session.setSpellCheckerEnabled(false);
}
