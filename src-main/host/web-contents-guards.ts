/**
 * Guards installed on every web contents the app creates (through
 * `web-contents-created`, so none is missed): the page can never leave the
 * app's own URL, open a window, or attach a <webview>. Web links go to the
 * OS browser instead, after `safeExternalUrl` has checked them.
 */
import type { WebContents } from 'electron';
import { openExternalIfSafe } from './external-links';

export interface GuardOptions {
  isAppUrl(url: string): boolean;
  openExternal(url: string): Promise<void>;
}

export function guardWebContents(contents: WebContents, { isAppUrl, openExternal }: GuardOptions): void {
  const blockForeignNavigation = (event: { preventDefault(): void; url: string }) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openExternalIfSafe(event.url, openExternal);
  };
  contents.on('will-navigate', blockForeignNavigation);
  contents.on('will-redirect', (event) => {
    // A redirect is never a link the user clicked: block it, open nothing.
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternalIfSafe(url, openExternal);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
