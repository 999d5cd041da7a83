/**
 * Asks every open page to save what it holds and waits, at most a timeout,
 * for their acknowledgements: typed text must reach the disk before a host
 * quits, reloads or closes a window. Used by both hosts (Electron windows,
 * browser-mode sockets); a page that goes away while asked counts as done.
 */
import { randomUUID } from 'node:crypto';

interface PendingFlush<R> {
  waiting: Set<R>;
  done: () => void;
}

export class FlushCoordinator<R = unknown> {
  private pending = new Map<string, PendingFlush<R>>();

  /** Sends the request to each receiver and resolves once all have answered or gone, or on timeout. */
  flush(receivers: readonly R[], send: (receiver: R, requestId: string) => void, timeoutMs: number): Promise<'flushed' | 'timeout'> {
    const requestId = randomUUID();
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(requestId);
        resolve('timeout');
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.pending.delete(requestId);
        resolve('flushed');
      };
      const entry: PendingFlush<R> = { waiting: new Set(receivers), done };
      this.pending.set(requestId, entry);
      for (const receiver of receivers) send(receiver, requestId);
      if (entry.waiting.size === 0) done();
    });
  }

  /** A page reports that it has saved. Unknown ids (late or forged) are ignored. */
  acknowledge(requestId: string, receiver: R): void {
    const entry = this.pending.get(requestId);
    if (!entry?.waiting.delete(receiver)) return;
    if (entry.waiting.size === 0) entry.done();
  }

  /** A page closed: nobody is left there to wait for. */
  receiverGone(receiver: R): void {
    for (const entry of [...this.pending.values()]) {
      if (entry.waiting.delete(receiver) && entry.waiting.size === 0) entry.done();
    }
  }
}
