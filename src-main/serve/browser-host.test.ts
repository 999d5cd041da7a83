import { mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Handlers, WsMessage } from '../contract';
import { CoachError } from '../contract';
import type { Core, CoreListener } from '../core/types';
import { startBrowserHost, type BrowserHost } from './browser-host';

const TOKEN = 'a'.repeat(48);

function stubCore(): Core & { emit: CoreListener; stopped: boolean } {
  const listeners = new Set<CoreListener>();
  const handlers = {
    'app:info': () => ({ host: 'browser', version: '1', platform: 'linux', assetBase: '/vault-asset/' }),
    'notes:read': ({ path }: { path: string }) => {
      if (path.startsWith('..')) throw new CoachError('OUTSIDE_VAULT', 'That path is outside the vault.');
      return { path, content: 'x', hash: 'h', mtimeMs: 0, size: 1 };
    },
  } as unknown as Handlers;
  const core = {
    handlers,
    stopped: false,
    onEvent(listener: CoreListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emit: ((name, payload) => listeners.forEach((l) => l(name, payload))) as CoreListener,
    windowState: { get: () => undefined, set: async () => undefined },
    resolveAsset: async () => {
      throw new CoachError('NOT_FOUND', 'none');
    },
    start: async () => undefined,
    stop: async () => {
      core.stopped = true;
    },
  };
  return core;
}

function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function connect(port: number, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${port}/ws`, { headers });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
  });
}

async function disconnect(ws: WebSocket): Promise<void> {
  const closed = new Promise((resolve) => ws.once('close', resolve));
  ws.close();
  await closed;
}

function call(ws: WebSocket, id: number, name: string, args: unknown): Promise<WsMessage> {
  return new Promise((resolve) => {
    const onMessage = (data: WebSocket.RawData) => {
      const message = JSON.parse(data.toString()) as WsMessage;
      if ('id' in message && message.id === id) {
        ws.off('message', onMessage);
        resolve(message);
      }
    };
    ws.on('message', onMessage);
    ws.send(JSON.stringify({ id, name, args }));
  });
}

describe('browser host', () => {
  let host: BrowserHost;
  let core: ReturnType<typeof stubCore>;
  let origin: string;
  let cookie: string;

  beforeEach(async () => {
    const rendererDir = await mkdtemp(join(tmpdir(), 'renderer-'));
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>app</title>');
    core = stubCore();
    host = await startBrowserHost({ core, rendererDir, port: 0, token: TOKEN });
    origin = `http://127.0.0.1:${host.port}`;
    cookie = `coach_token=${TOKEN}`;
  });

  afterEach(async () => {
    await host.close();
  });

  it('prints a loopback address with the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('refuses requests without the token', async () => {
    const res = await get(host.port, '/');
    expect(res.status).toBe(403);
    expect(res.body).toMatch(/access token/);
  });

  it('refuses a wrong token', async () => {
    expect((await get(host.port, `/?token=${'b'.repeat(48)}`)).status).toBe(403);
  });

  it('trades the token in the address for an HttpOnly SameSite cookie, then serves the app', async () => {
    const first = await get(host.port, `/?token=${TOKEN}`);
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly; SameSite=Strict/);
    const page = await get(host.port, '/', { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>app</title>');
    expect(String(page.headers['content-security-policy'])).toMatch(/default-src 'self'/);
  });

  it('refuses another origin and a foreign Host header even with the token', async () => {
    expect((await get(host.port, '/', { cookie, origin: 'http://evil.example' })).status).toBe(403);
    expect((await get(host.port, '/', { cookie, host: 'evil.example' })).status).toBe(403);
  });

  it('does not serve files outside the renderer folder', async () => {
    const res = await get(host.port, '/..%2f..%2f..%2fetc%2fpasswd', { cookie });
    expect(res.status).toBe(404);
  });

  it('carries contract calls over the WebSocket and returns typed errors', async () => {
    const ws = await connect(host.port, { cookie, origin });
    expect(await call(ws, 1, 'app:info', {})).toMatchObject({ id: 1, result: { ok: true, value: { host: 'browser' } } });
    expect(await call(ws, 2, 'notes:read', { path: '../secret' })).toMatchObject({
      id: 2,
      result: { ok: false, error: { code: 'OUTSIDE_VAULT' } },
    });
    expect(await call(ws, 3, 'notes:read', { path: 42 })).toMatchObject({ result: { ok: false, error: { code: 'INVALID_ARGUMENT' } } });
    expect(await call(ws, 4, 'fs:rm', {})).toMatchObject({ result: { ok: false, error: { code: 'UNKNOWN_METHOD' } } });
    await disconnect(ws);
  });

  it('refuses a WebSocket without the cookie or from another origin', async () => {
    await expect(connect(host.port, { origin })).rejects.toThrow(/403/);
    await expect(connect(host.port, { cookie, origin: 'http://evil.example' })).rejects.toThrow(/403/);
    await expect(connect(host.port, { cookie })).rejects.toThrow(/403/);
  });

  it('forwards core events to the page', async () => {
    const ws = await connect(host.port, { cookie, origin });
    const received = new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(data.toString()))));
    core.emit('tree:changed', {});
    expect(await received).toEqual({ event: 'tree:changed', payload: {} });
    await disconnect(ws);
  });

  it('asks open pages to save before stopping, and waits for them', async () => {
    const ws = await connect(host.port, { cookie, origin });
    const saved: string[] = [];
    ws.on('message', (data) => {
      const message = JSON.parse(data.toString()) as WsMessage;
      if ('event' in message && message.event === 'app:flush') {
        const { requestId } = message.payload as { requestId: string };
        setTimeout(() => {
          saved.push('page saved');
          ws.send(JSON.stringify({ id: 99, name: 'app:flushed', args: { requestId } }));
        }, 50);
      }
    });
    await host.close();
    expect(saved).toEqual(['page saved']);
    expect(core.stopped).toBe(true);
  });
});
