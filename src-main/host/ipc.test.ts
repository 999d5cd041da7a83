import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { CoachError, IPC_INVOKE_CHANNEL, methods, type Handlers, type WireResult } from '../contract';
import { appOrigin } from './app-origin';
import { registerInvokeHandler } from './ipc';

type InvokeListener = (event: IpcMainInvokeEvent, name: unknown, args: unknown) => Promise<WireResult>;

const ourContents = { id: 1 } as unknown as WebContents;

function setup(overrides: Partial<Record<keyof Handlers, (args: never) => unknown>> = {}) {
  const handle = vi.fn<(channel: string, listener: InvokeListener) => void>();
  const called: string[] = [];
  // Every contract method answers with its own name unless overridden.
  const handlers = new Proxy({} as Handlers, {
    get: (_target, name: string) =>
      (overrides as Record<string, unknown>)[name] ??
      ((args: unknown) => {
        called.push(name);
        return { method: name, args };
      }),
  });
  const onFlushed = vi.fn();
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn() };
  registerInvokeHandler({
    ipcMain: { handle } as unknown as IpcMain,
    handlers,
    isAppUrl: appOrigin(undefined).isAppUrl,
    ownsWebContents: (contents) => contents === ourContents,
    onFlushed,
    logger,
  });
  expect(handle).toHaveBeenCalledTimes(1);
  const [channel, listener] = handle.mock.calls[0]!;
  return { channel, listener, called, onFlushed, logger };
}

function fromApp(overrides: Partial<{ url: string; parent: unknown; sender: WebContents; frame: null }> = {}) {
  const frame = overrides.frame === null ? null : { url: overrides.url ?? 'app://renderer/index.html', parent: overrides.parent ?? null };
  return { sender: overrides.sender ?? ourContents, senderFrame: frame } as unknown as IpcMainInvokeEvent;
}

describe('the invoke handler', () => {
  it('is one handler on the contract channel', () => {
    expect(setup().channel).toBe(IPC_INVOKE_CHANNEL);
  });

  it('routes every contract method to dispatch (a handler call, or a typed argument error)', async () => {
    const { listener, called } = setup();
    for (const name of Object.keys(methods)) {
      const result = await listener(fromApp(), name, {});
      if (result.ok) expect(result.value).toMatchObject({ method: name });
      else expect(result.error.code).toBe('INVALID_ARGUMENT');
    }
    expect(called).toContain('notes:tree');
    expect(called).toContain('app:info');
  });

  it('passes the parsed arguments and returns the value', async () => {
    const { listener } = setup();
    await expect(listener(fromApp(), 'notes:read', { path: 'a.md' })).resolves.toEqual({
      ok: true,
      value: { method: 'notes:read', args: { path: 'a.md' } },
    });
  });

  it('answers an unknown method with a typed error', async () => {
    const result = await setup().listener(fromApp(), 'fs:readFile', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('answers bad arguments with a typed error and never calls the handler', async () => {
    const { listener, called } = setup();
    const result = await listener(fromApp(), 'notes:read', { path: 42, extra: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(called).toEqual([]);
  });

  it('turns a core error into its code and message', async () => {
    const { listener } = setup({
      'notes:read': () => {
        throw new CoachError('OUTSIDE_VAULT', 'That file is outside the vault.');
      },
    });
    await expect(listener(fromApp(), 'notes:read', { path: '../x.md' })).resolves.toEqual({
      ok: false,
      error: { code: 'OUTSIDE_VAULT', message: 'That file is outside the vault.' },
    });
  });

  it('reports a flush acknowledgement once the core accepted it', async () => {
    const { listener, onFlushed } = setup();
    await listener(fromApp(), 'app:flushed', { requestId: 'r-1' });
    await listener(fromApp(), 'app:flushed', { requestId: 7 });
    expect(onFlushed.mock.calls).toEqual([['r-1', expect.anything()]]);
  });
});

describe('the sender check', () => {
  it.each([
    ['a foreign page', fromApp({ url: 'https://evil.example/' })],
    ['a local file', fromApp({ url: 'file:///tmp/evil.html' })],
    ['a frame inside the app page', fromApp({ parent: { url: 'app://renderer/index.html' } })],
    ['a web contents we did not create', fromApp({ sender: { id: 2 } as unknown as WebContents })],
    ['a frame that is gone', fromApp({ frame: null })],
  ])('refuses %s and never dispatches', async (_name, event) => {
    const { listener, called, logger } = setup();
    await expect(listener(event, 'notes:tree', {})).rejects.toThrow(/may not call/);
    expect(called).toEqual([]);
    expect(logger.warn).toHaveBeenCalled();
  });
});
