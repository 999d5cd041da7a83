/**
 * Typed text must reach the disk before a page goes away. Whenever a page is
 * about to disappear (the app quits, a window closes, the page reloads), the
 * host sends it `app:flush {requestId}` and waits for its `app:flushed`, at
 * most `timeoutMs`, so a hung page cannot keep the app from quitting.
 */
import type { App, BrowserWindow, WebContents } from 'electron';
import type { Logger } from '../core/types';
import { FlushCoordinator } from '../core/flush-coordinator';
import { sendEvent, type WindowRegistry } from './windows';

export const FLUSH_TIMEOUT_MS = 3000;

export class PageFlusher {
  private readonly coordinator = new FlushCoordinator<WebContents>();
  private quit: 'running' | 'flushing' | 'done' = 'running';
  private readonly flushedWindows = new WeakSet<BrowserWindow>();

  constructor(
    private readonly windows: WindowRegistry,
    private readonly logger: Logger,
    private readonly timeoutMs = FLUSH_TIMEOUT_MS,
  ) {}

  /** A page answered `app:flushed`. */
  acknowledge(requestId: string, sender: WebContents): void {
    this.coordinator.acknowledge(requestId, sender);
  }

  /** A page crashed or its window was destroyed: it can no longer answer. */
  pageGone(contents: WebContents): void {
    this.coordinator.receiverGone(contents);
  }

  async flush(windows: BrowserWindow[]): Promise<void> {
    const pages = windows.filter((window) => !window.isDestroyed()).map((window) => window.webContents);
    const outcome = await this.coordinator.flush(pages, (page, requestId) => sendEvent(page, 'app:flush', { requestId }), this.timeoutMs);
    if (outcome === 'timeout') this.logger.warn('A window did not confirm saving before it went away.');
  }

  /**
   * On quit: flush every window, then stop the core (which writes what it has
   * pending), then let the quit go on. `before-quit` is cancelled once and the
   * quit repeated when all that is done.
   */
  installQuitFlush(app: Pick<App, 'on' | 'quit'>, stopCore: () => Promise<void>): void {
    app.on('before-quit', (event) => {
      if (this.quit === 'done') return;
      event.preventDefault();
      if (this.quit === 'flushing') return;
      this.quit = 'flushing';
      void (async () => {
        await this.flush(this.windows.all());
        try {
          await stopCore();
        } catch (error) {
          this.logger.error('The core did not stop cleanly.', error);
        }
        this.quit = 'done';
        app.quit();
      })();
    });
  }

  /** Closing a window (not the whole app) flushes that window first. */
  guardClose(window: BrowserWindow): void {
    window.on('close', (event) => {
      if (this.quit === 'done' || this.flushedWindows.has(window)) return;
      event.preventDefault();
      // While the app quits, the quit flush covers this window and then closes it.
      if (this.quit === 'flushing') return;
      void this.flush([window]).then(() => {
        this.flushedWindows.add(window);
        if (!window.isDestroyed()) window.close();
      });
    });
  }

  /** Reload (from the menu) only after the page has saved. */
  async reload(window: BrowserWindow): Promise<void> {
    await this.flush([window]);
    if (!window.isDestroyed()) window.webContents.reload();
  }
}
