/** Messages on browser mode's WebSocket: the same contract as Electron's IPC. */
import type { WireResult } from './index';

/** Renderer → host: call a method. `id` pairs the reply with the call. */
export interface WsCall {
  id: number;
  name: string;
  args: unknown;
}

/** Host → renderer: the reply to a call, or an event. */
export type WsMessage = { id: number; result: WireResult } | { event: string; payload: unknown };

export const WS_PATH = '/ws';
export const ASSET_PATH = '/vault-asset/';
export const TOKEN_COOKIE = 'coach_token';
