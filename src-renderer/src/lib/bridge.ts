/**
 * The transport under the contract client. In the desktop app the preload
 * exposes `window.coach`; in browser mode the same calls travel over a
 * WebSocket to the host that served this page.
 */
import type { Bridge, WireResult, WS_PATH, WsCall, WsMessage } from '../../../src-main/contract';

// The renderer imports only types from src-main; the type keeps this in step.
const wsPath: typeof WS_PATH = '/ws';

declare global {
  interface Window {
    coach?: Bridge;
  }
}

export function connectBridge(): Bridge {
  return window.coach ?? new WebSocketBridge(`ws://${location.host}${wsPath}`);
}

type Listener = (name: string, payload: unknown) => void;

class WebSocketBridge implements Bridge {
  private socket: WebSocket;
  private ready: Promise<void>;
  private nextId = 1;
  private waiting = new Map<number, (result: WireResult) => void>();
  private listeners = new Set<Listener>();

  constructor(private readonly url: string) {
    this.socket = new WebSocket(url);
    this.ready = this.attach(this.socket);
  }

  private attach(socket: WebSocket): Promise<void> {
    socket.addEventListener('message', (event) => this.receive(String(event.data)));
    socket.addEventListener('close', () => {
      for (const reply of this.waiting.values()) {
        reply({ ok: false, error: { code: 'IO', message: 'The connection to Interview Coach was lost. Is "npm run serve" still running?' } });
      }
      this.waiting.clear();
      for (const listener of this.listeners) listener('host:disconnected', {});
    });
    return new Promise((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error('Could not connect to the Interview Coach host.')), { once: true });
    });
  }

  private receive(text: string) {
    const message = JSON.parse(text) as WsMessage;
    if ('id' in message) {
      this.waiting.get(message.id)?.(message.result);
      this.waiting.delete(message.id);
    } else {
      for (const listener of this.listeners) listener(message.event, message.payload);
    }
  }

  async invoke(name: string, args: unknown): Promise<WireResult> {
    try {
      await this.ready;
    } catch (error) {
      return { ok: false, error: { code: 'IO', message: (error as Error).message } };
    }
    const call: WsCall = { id: this.nextId++, name, args };
    return new Promise((resolve) => {
      this.waiting.set(call.id, resolve);
      this.socket.send(JSON.stringify(call));
    });
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
