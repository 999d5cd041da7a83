/** Page object for the Mock interview screen: set-up, the interview in progress, the review. */
import { expect, type Locator, type Page } from '@playwright/test';

export class MockPage {
  readonly navItem: Locator;
  readonly heading: Locator;
  readonly start: Locator;
  readonly question: Locator;
  readonly answer: Locator;
  readonly record: Locator;
  readonly stopRecording: Locator;
  readonly level: Locator;
  readonly next: Locator;
  readonly clock: Locator;

  constructor(readonly page: Page) {
    this.navItem = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Mock interview' });
    this.heading = page.getByRole('heading', { name: 'Mock interview', level: 1 });
    this.start = page.getByRole('button', { name: 'Start interview' });
    this.question = page.locator('.mock-question');
    this.answer = page.getByRole('textbox', { name: 'Your answer' });
    this.record = page.getByRole('button', { name: 'Record' });
    this.stopRecording = page.getByRole('button', { name: 'Stop recording' });
    this.level = page.getByRole('meter', { name: 'Microphone level' });
    this.next = page.getByRole('button', { name: /^(Next question|Finish|Start answering)/ });
    this.clock = page.getByRole('timer', { name: /time$/ });
  }

  /** Ctrl+4, as the rail's tooltip says. */
  async open(): Promise<void> {
    await expect(this.navItem).toBeVisible();
    await this.page.keyboard.press('Control+4');
  }

  /** The "Custom" format with these settings. */
  async custom(settings: { kind: 'Behavioral' | 'Technical' | 'Mixed'; count: number; think: number; answer: number }): Promise<void> {
    await this.page.getByRole('radio', { name: /^Custom/ }).check();
    await this.page.getByRole('combobox', { name: 'Questions' }).selectOption({ label: settings.kind });
    await this.page.getByRole('spinbutton', { name: 'How many' }).fill(String(settings.count));
    await this.page.getByRole('spinbutton', { name: 'Thinking time (s)' }).fill(String(settings.think));
    await this.page.getByRole('spinbutton', { name: 'Answer time (s)' }).fill(String(settings.answer));
  }

  /** Keeps the streams the page asks for from now on, so that a test can end them. */
  async unplugMicrophoneOnNextRecording(): Promise<void> {
    await this.page.evaluate(() => {
      const media = navigator.mediaDevices;
      const open = media.getUserMedia.bind(media);
      const streams: MediaStream[] = [];
      (window as unknown as { openStreams: MediaStream[] }).openStreams = streams;
      media.getUserMedia = async (constraints) => {
        const stream = await open(constraints);
        streams.push(stream);
        return stream;
      };
    });
  }

  /** What the system does when a device goes away: its tracks end, and say so. */
  async unplugMicrophone(): Promise<void> {
    await this.page.evaluate(() => {
      for (const stream of (window as unknown as { openStreams: MediaStream[] }).openStreams) {
        for (const track of stream.getTracks()) {
          track.stop();
          track.dispatchEvent(new Event('ended'));
        }
      }
    });
  }

  reviewItem(number: number): Locator {
    return this.page.getByRole('region', { name: `Question ${number}` });
  }
}
