/**
 * The sandboxed preload: exposes exactly the contract's `Bridge` as
 * `window.coach`, nothing else. The renderer never sees `ipcRenderer` or an
 * IPC event object, only method names, arguments, results and event payloads.
 *
 * A sandboxed preload can require only `electron`, so nothing else may be
 * imported at run time: importing the contract would bundle zod. The channel
 * names are therefore repeated here, and a test checks they match the contract.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Bridge, WireResult } from '../contract';

export const INVOKE_CHANNEL = 'coach:invoke';
export const EVENT_CHANNEL = 'coach:event';

const bridge: Bridge = {
  invoke(name: string, args: unknown): Promise<WireResult> {
    return ipcRenderer.invoke(INVOKE_CHANNEL, name, args);
  },
  on(listener: (name: string, payload: unknown) => void): () => void {
    const forward = (_event: IpcRendererEvent, name: string, payload: unknown) => listener(name, payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
};

contextBridge.exposeInMainWorld('coach', bridge);
