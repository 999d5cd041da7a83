/**
 * Who may talk to the browser-mode host: only a page that was opened with the
 * printed token (carried afterwards in an HttpOnly, SameSite=Strict cookie),
 * addressed to this host by its loopback name (no DNS rebinding), and — when a
 * browser says where the request comes from — from this very origin.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { TOKEN_COOKIE } from '../contract';

export interface GuardVerdict {
  allowed: boolean;
  /** The token arrived in the query string: set the cookie and drop it from the URL. */
  tokenFromQuery: boolean;
  reason?: string;
}

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function checkRequest(req: IncomingMessage, token: string, port: number): GuardVerdict {
  const hosts = allowedOrigins(port).map((origin) => origin.slice('http://'.length));
  if (!req.headers.host || !hosts.includes(req.headers.host)) {
    return { allowed: false, tokenFromQuery: false, reason: 'Unknown host.' };
  }
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedOrigins(port).includes(origin)) {
    return { allowed: false, tokenFromQuery: false, reason: 'Requests from other sites are refused.' };
  }
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const queryToken = url.searchParams.get('token');
  if (queryToken !== null && sameSecret(queryToken, token)) {
    return { allowed: true, tokenFromQuery: true };
  }
  const cookieToken = readCookie(req.headers.cookie, TOKEN_COOKIE);
  if (cookieToken !== undefined && sameSecret(cookieToken, token)) {
    return { allowed: true, tokenFromQuery: false };
  }
  return {
    allowed: false,
    tokenFromQuery: false,
    reason: 'Open the address printed by "npm run serve": it carries the access token.',
  };
}

export function tokenCookie(token: string): string {
  return `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
