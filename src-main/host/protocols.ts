/**
 * The two schemes the app's pages load from, both served by the main process:
 *
 * - `app://renderer/…` the built renderer (packaged; development uses the
 *   Vite server), only files below its folder, with the security headers.
 * - `vault-asset://local/<vault path>` images from the open vault, so notes
 *   can show them. The core resolves the path with the same containment checks
 *   as every note path and refuses anything that is not an image.
 */
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import type { Core } from '../core/types';
import { contentTypeOf, resolveStatic } from '../serve/static-files';
import { APP_HOST, APP_SCHEME, VAULT_ASSET_HOST, VAULT_ASSET_SCHEME } from './app-origin';

/** Must run before the app is ready; `standard` + `secure` give both schemes a real, secure origin. */
export function registerPrivilegedSchemes(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    // corsEnabled: Vite's module scripts are loaded in CORS mode.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } },
    { scheme: VAULT_ASSET_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function rendererHandler(rendererDir: string, headers: Record<string, string>) {
  return async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const file = url.host === APP_HOST ? resolveStatic(rendererDir, url.pathname) : null;
    if (!file) return notFound();
    try {
      return new Response(await readFile(file), { headers: { 'Content-Type': contentTypeOf(file), ...headers } });
    } catch {
      return notFound();
    }
  };
}

/** What an image may do if it is ever opened as a document (an SVG): nothing. */
const ASSET_HEADERS = {
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  'X-Content-Type-Options': 'nosniff',
};

export function vaultAssetHandler(resolveAsset: Core['resolveAsset']) {
  return async (request: Request): Promise<Response> => {
    try {
      const url = new URL(request.url);
      if (url.host !== VAULT_ASSET_HOST) return notFound();
      const file = await resolveAsset(decodeURIComponent(url.pathname.replace(/^\/+/, '')));
      return new Response(await readFile(file), { headers: { 'Content-Type': contentTypeOf(file), ...ASSET_HEADERS } });
    } catch {
      // Any refusal (outside the vault, not an image, missing, no vault) is a plain 404.
      return notFound();
    }
  };
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
