/**
 * One file written with its latest content, one write at a time. The typed
 * answer arrives every half second or so as the user types; a write that
 * finds one already running does not queue behind it one by one, it waits
 * for the next write, which takes whatever is latest then. So a slow disk
 * costs one extra write, never a growing queue, and each caller's promise
 * settles once what it asked for (or something newer) is on disk.
 */
export class LatestWrite {
  private running: Promise<void> | null = null;
  private next: Promise<void> | null = null;

  /** @param write writes the content as it is when called. */
  constructor(private readonly write: () => Promise<void>) {}

  request(): Promise<void> {
    if (this.next) return this.next;
    if (!this.running) return this.run();
    this.next = this.running
      .catch(() => undefined)
      .then(() => {
        this.next = null;
        return this.run();
      });
    return this.next;
  }

  /** Settles once no write is running or waiting. */
  async idle(): Promise<void> {
    while (this.running || this.next) await (this.next ?? this.running)!.catch(() => undefined);
  }

  private run(): Promise<void> {
    const running = this.write().finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    return running;
  }
}
