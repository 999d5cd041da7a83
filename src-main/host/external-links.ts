/**
 * Links to the web open in the user's browser, never inside the app. Only
 * plain http(s) URLs qualify: no file:, javascript:, custom app schemes
 * (which could launch other programs), and no embedded credentials.
 */
import { parseUrl } from './app-origin';

/** The URL to hand to the OS browser, or null when it must not be opened. */
export function safeExternalUrl(url: string): string | null {
  const target = parseUrl(url);
  if (!target) return null;
  if (target.protocol !== 'http:' && target.protocol !== 'https:') return null;
  if (target.username !== '' || target.password !== '' || target.hostname === '') return null;
  return target.href;
}

/** Opens `url` in the OS browser when it is safe; returns whether it did. */
export function openExternalIfSafe(url: string, openExternal: (url: string) => Promise<void>): boolean {
  const safe = safeExternalUrl(url);
  if (safe === null) return false;
  void openExternal(safe).catch(() => {
    // Nothing to recover: the OS had no browser or refused; the app stays put.
  });
  return true;
}
