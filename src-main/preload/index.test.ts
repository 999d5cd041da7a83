import { describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../contract';

const electron = vi.hoisted(() => {
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    ipcRenderer: {
      invoke: vi.fn(async () => ({ ok: true, value: 'pong' })),
      on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel)!.add(listener);
      }),
      removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => listeners.get(channel)?.delete(listener)),
    },
  };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: electron.ipcRenderer,
}));

const { EVENT_CHANNEL, INVOKE_CHANNEL } = await import('./index');
const coach = electron.exposed.get('coach') as { invoke: (name: string, args: unknown) => Promise<unknown>; on: (l: (name: string, payload: unknown) => void) => () => void };

describe('the preload bridge', () => {
  it('uses the contract channel names it repeats', () => {
    expect(INVOKE_CHANNEL).toBe(IPC_INVOKE_CHANNEL);
    expect(EVENT_CHANNEL).toBe(IPC_EVENT_CHANNEL);
  });

  it('exposes exactly invoke and on, as window.coach only', () => {
    expect([...electron.exposed.keys()]).toEqual(['coach']);
    expect(Object.keys(coach).sort()).toEqual(['invoke', 'on']);
  });

  it('invokes over the contract channel', async () => {
    await expect(coach.invoke('notes:tree', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, 'notes:tree', {});
  });

  it('passes events on without the IPC event object, until unsubscribed', () => {
    const received: unknown[][] = [];
    const unsubscribe = coach.on((name, payload) => received.push([name, payload]));
    const emit = (...args: unknown[]) => electron.listeners.get(IPC_EVENT_CHANNEL)?.forEach((listener) => listener({ sender: 'ipc internals' }, ...args));
    emit('tree:changed', {});
    unsubscribe();
    emit('tree:changed', {});
    expect(received).toEqual([['tree:changed', {}]]);
    expect(electron.listeners.get(IPC_EVENT_CHANNEL)?.size).toBe(0);
  });
});
