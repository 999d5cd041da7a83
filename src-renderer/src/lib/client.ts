/**
 * The typed client of the contract: `client.call('notes:read', { path })`
 * resolves with the typed result or rejects with a `ClientError` carrying the
 * core's code and its human message.
 */
import type { Bridge, EventName, Events, MethodArgs, MethodName, MethodResult } from '../../../src-main/contract';

export class ClientError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ClientError';
  }
}

export interface Client {
  call<M extends MethodName>(name: M, args: MethodArgs<M>): Promise<MethodResult<M>>;
  on<E extends EventName>(name: E, listener: (payload: Events[E]) => void): () => void;
}

export function createClient(bridge: Bridge): Client {
  return {
    async call(name, args) {
      const result = await bridge.invoke(name, args);
      if (!result.ok) throw new ClientError(result.error.code, result.error.message);
      return result.value as never;
    },
    on(name, listener) {
      return bridge.on((event, payload) => {
        if (event === name) listener(payload as never);
      });
    },
  };
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
