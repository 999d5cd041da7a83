/**
 * Calls the contract the way a compromised page could: any method name, any
 * arguments, nothing checked on our side. In the desktop app that is the
 * preload's `window.coach.invoke`; in browser mode, a WebSocket of our own to
 * the host's /ws, from the app's page (same origin, so its cookie is sent),
 * speaking the app's wire format (`src-main/contract/wire.ts`).
 */
import type { Page } from '@playwright/test';
import type { WireResult } from '../../src-main/contract';

export class ContractProbe {
  constructor(private readonly page: Page) {}

  call(name: unknown, args: unknown): Promise<WireResult> {
    return this.page.evaluate(
      async ({ name, args }) => {
        const bridge = (window as { coach?: { invoke(name: unknown, args: unknown): Promise<unknown> } }).coach;
        if (bridge) return bridge.invoke(name, args);
        const socket = new WebSocket(`ws://${location.host}/ws`);
        await new Promise((opened, failed) => {
          socket.onopen = opened;
          socket.onerror = () => failed(new Error('The host refused the WebSocket.'));
        });
        const id = 1;
        return new Promise((answered) => {
          socket.onmessage = (event) => {
            const message = JSON.parse(String(event.data));
            if (message.id !== id) return; // an event broadcast to every page
            socket.close();
            answered(message.result);
          };
          socket.send(JSON.stringify({ id, name, args }));
        });
      },
      { name, args },
    ) as Promise<WireResult>;
  }

  /** The error code of a call that must fail; throws if it succeeded. */
  async errorCode(name: unknown, args: unknown): Promise<string> {
    const result = await this.call(name, args);
    if (result.ok) throw new Error(`${String(name)} ${JSON.stringify(args)} succeeded: ${JSON.stringify(result.value).slice(0, 200)}`);
    return result.error.code;
  }
}
