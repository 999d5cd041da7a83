/**
 * Browser mode: the same core and renderer as the desktop app, served on
 * 127.0.0.1 only. The renderer talks to the core over one WebSocket carrying
 * the contract (calls, replies, events), guarded like every other request.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { ASSET_PATH, WS_PATH, type WsCall, type WsMessage } from '../contract';
import { dispatch } from '../core/dispatch';
import type { Core, Logger } from '../core/types';
import { FlushCoordinator } from '../core/flush-coordinator';
import { allowedOrigins, checkRequest, tokenCookie } from './http-guard';
import { resolveStatic, sendFile } from './static-files';

export interface BrowserHostOptions {
  core: Core;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  port: number;
  logger?: Logger;
  /** Fixed token for tests; random otherwise. */
  token?: string;
}

export interface BrowserHost {
  /** The address to open, with the access token in it. */
  url: string;
  port: number;
  /** Asks every open page to save, waits for them (bounded), then stops. */
  close(): Promise<void>;
}

const MAX_MESSAGE_BYTES = 80 * 1024 * 1024;
const FLUSH_TIMEOUT_MS = 3000;

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const { core, rendererDir, logger } = options;
  const token = options.token ?? randomBytes(24).toString('hex');
  const flusher = new FlushCoordinator<WebSocket>();
  const sockets = new Set<WebSocket>();
  let port = options.port;

  const server = createServer((req, res) => {
    handleHttp(req, res).catch((error) => {
      logger?.error('HTTP request failed', error);
      if (!res.headersSent) res.writeHead(500).end('Internal error');
    });
  });

  async function handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const verdict = checkRequest(req, token, port);
    if (!verdict.allowed) {
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' }).end(verdict.reason);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET' }).end();
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (verdict.tokenFromQuery) {
      url.searchParams.delete('token');
      res.writeHead(303, { 'Set-Cookie': tokenCookie(token), Location: url.pathname + url.search }).end();
      return;
    }
    const headers = securityHeaders(port);
    if (url.pathname.startsWith(ASSET_PATH)) {
      await sendAsset(url.pathname.slice(ASSET_PATH.length), res, headers);
      return;
    }
    const file = resolveStatic(rendererDir, url.pathname);
    const cache: Record<string, string> = url.pathname === '/' ? { 'Cache-Control': 'no-store' } : {};
    if (!file || !(await sendFile(res, file, { ...headers, ...cache }))) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  }

  async function sendAsset(encodedPath: string, res: ServerResponse, headers: Record<string, string>) {
    try {
      const absolute = await core.resolveAsset(decodeURIComponent(encodedPath));
      if (await sendFile(res, absolute, headers)) return;
    } catch {
      // Any refusal (outside the vault, not an image, missing) is a plain 404.
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
  }

  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  server.on('upgrade', (req, socket, head) => {
    const verdict = checkRequest(req, token, port);
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    // A WebSocket is not bound by the same-origin policy: insist on our Origin.
    const sameOrigin = req.headers.origin !== undefined && allowedOrigins(port).includes(req.headers.origin);
    if (!verdict.allowed || verdict.tokenFromQuery || !sameOrigin || path !== WS_PATH) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => {
      sockets.delete(ws);
      flusher.receiverGone(ws);
    });
    ws.on('message', (data) => {
      void answer(ws, data.toString());
    });
  });

  async function answer(ws: WebSocket, text: string) {
    let call: WsCall;
    try {
      call = JSON.parse(text) as WsCall;
    } catch {
      return; // Not a message of ours: there is nobody to answer.
    }
    if (typeof call !== 'object' || call === null || typeof call.id !== 'number') return;
    if (call.name === 'app:flushed') {
      const requestId = (call.args as { requestId?: unknown } | null)?.requestId;
      if (typeof requestId === 'string') flusher.acknowledge(requestId, ws);
    }
    const result = await dispatch(core.handlers, call.name, call.args, logger);
    send(ws, { id: call.id, result });
  }

  function send(ws: WebSocket, message: WsMessage) {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
  }

  const openSockets = () => [...sockets].filter((ws) => ws.readyState === ws.OPEN);
  function broadcast(event: string, payload: unknown): void {
    for (const ws of openSockets()) send(ws, { event, payload });
  }

  const unsubscribe = core.onEvent((name, payload) => broadcast(name, payload));

  await listen(server, options.port);
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    close() {
      closing ??= (async () => {
        await flusher.flush(openSockets(), (ws, requestId) => send(ws, { event: 'app:flush', payload: { requestId } }), FLUSH_TIMEOUT_MS);
        unsubscribe();
        for (const ws of sockets) ws.close(1001, 'The host is stopping.');
        wss.close();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections(); // idle keep-alive connections would hold close() for seconds
        await closed;
        await core.stop();
      })();
      return closing;
    },
  };
}

function listen(server: Server, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
}

function securityHeaders(port: number): Record<string, string> {
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    `connect-src 'self' ws://127.0.0.1:${port} ws://localhost:${port}`,
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
