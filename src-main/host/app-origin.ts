/**
 * Where the renderer is loaded from, and the one test every guard uses to ask
 * "is this URL our own page?" (IPC senders, navigation, permissions, CSP).
 *
 * Packaged, the renderer is served by the privileged `app://` scheme rather
 * than `file://`: it gets a real origin of its own, so `'self'` in the CSP
 * means the app's files and not every file on the disk, and an origin check
 * cannot be passed by some other local HTML file.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const VAULT_ASSET_SCHEME = 'vault-asset';
export const VAULT_ASSET_HOST = 'local';
/** The core's `Platform.assetBase`: the renderer appends a URI-encoded vault path. */
export const VAULT_ASSET_BASE = `${VAULT_ASSET_SCHEME}://${VAULT_ASSET_HOST}/`;

export interface AppOrigin {
  /** The URL the window loads. */
  entryUrl: string;
  /** The Vite dev server's origin in development, otherwise null. */
  devServerOrigin: string | null;
  /** True when `url` is a page of the app itself (same scheme, host and port). */
  isAppUrl(url: string): boolean;
}

/**
 * `devServerUrl` is `ELECTRON_RENDERER_URL`, which electron-vite sets in
 * development. The caller passes it only when the app is not packaged, so an
 * environment variable can never point the installed app at a remote page.
 */
export function appOrigin(devServerUrl: string | undefined): AppOrigin {
  const entryUrl = devServerUrl ?? `${APP_SCHEME}://${APP_HOST}/index.html`;
  const entry = new URL(entryUrl);
  return {
    entryUrl,
    devServerOrigin: devServerUrl ? `${entry.protocol}//${entry.host}` : null,
    isAppUrl(url) {
      const candidate = parseUrl(url);
      // Compared by parts: WHATWG URL reports the origin of every non-http
      // scheme (such as app:) as the opaque "null".
      return candidate !== null && candidate.protocol === entry.protocol && candidate.host === entry.host;
    },
  };
}

export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
