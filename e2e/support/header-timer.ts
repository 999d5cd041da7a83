/** Page object for the timer in the app header: what a user sees and does there. */
import { expect, type Locator, type Page } from '@playwright/test';

export class HeaderTimer {
  readonly group: Locator;
  /** The time as m:ss (role `timer`). Its `data-cue` is 'none', 'warning' (30 s left) or 'end'. */
  readonly time: Locator;
  readonly start: Locator;
  readonly pause: Locator;
  readonly resume: Locator;
  readonly reset: Locator;
  readonly addMinute: Locator;
  readonly preset: Locator;

  constructor(readonly page: Page) {
    this.group = page.getByRole('banner').getByRole('group', { name: 'Timer' });
    this.time = this.group.getByRole('timer');
    const button = (name: string) => this.group.getByRole('button', { name, exact: true });
    this.start = button('Start');
    this.pause = button('Pause');
    this.resume = button('Resume');
    this.reset = button('Reset');
    this.addMinute = button('+1 min');
    this.preset = this.group.getByRole('combobox', { name: 'Timer preset' });
  }

  /** The time shown, in seconds. */
  async seconds(): Promise<number> {
    const text = (await this.time.textContent()) ?? '';
    const match = /^(\d+):([0-5]\d)$/.exec(text);
    if (!match) throw new Error(`The timer shows "${text}", not m:ss`);
    return Number(match[1]) * 60 + Number(match[2]);
  }

  async choosePreset(label: string): Promise<void> {
    await this.preset.selectOption({ label });
  }

  /** "Custom…", then the length typed as the field asks (minutes or m:ss), Enter. */
  async chooseCustom(length: string): Promise<void> {
    await this.choosePreset('Custom…');
    const field = this.group.getByRole('textbox', { name: /^Custom time/ });
    await field.fill(length);
    await field.press('Enter');
    await expect(field).toBeHidden();
  }
}
