/**
 * The Content-Security-Policy of every page the app loads: its own files only,
 * no remote origin, no eval, no plugins, no framing, images and recordings
 * also from the vault through the `vault-asset:` scheme.
 */
import type { Session } from 'electron';
import { VAULT_ASSET_SCHEME } from './app-origin';

export function contentSecurityPolicy(devServerOrigin: string | null): string {
  // In development the page comes from the Vite server, which also needs its
  // HMR WebSocket and the inline React Refresh preamble it injects.
  const devScript = devServerOrigin ? " 'unsafe-inline'" : '';
  const devConnect = devServerOrigin ? ` ${devServerOrigin} ${devServerOrigin.replace(/^http/, 'ws')}` : '';
  return [
    "default-src 'self'",
    `script-src 'self'${devScript}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${VAULT_ASSET_SCHEME}:`,
    `media-src 'self' blob: ${VAULT_ASSET_SCHEME}:`,
    `connect-src 'self'${devConnect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers every response of the app carries, whichever way it was served. */
export function securityHeaders(csp: string): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
  };
}

/**
 * Adds the policy to every response that reaches the session through the
 * network stack: the Vite dev server's pages in development. The `app:`
 * protocol handler sets the same headers on its own responses.
 */
export function installCspHeader(session: Session, csp: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}
