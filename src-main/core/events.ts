/** Fans core events out to every subscriber (each window, each browser tab). */
import type { EventName, Events } from '../contract';
import type { CoreListener, Logger } from './types';

export type Emit = <E extends EventName>(name: E, payload: Events[E]) => void;

export class EventHub {
  private readonly listeners = new Set<CoreListener>();

  constructor(private readonly logger: Logger) {}

  on(listener: CoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  readonly emit: Emit = (name, payload) => {
    for (const listener of [...this.listeners]) {
      try {
        listener(name, payload);
      } catch (error) {
        // One broken subscriber must not starve the others or the service that emitted.
        this.logger.error(`Listener for ${name} failed`, error);
      }
    }
  };
}
