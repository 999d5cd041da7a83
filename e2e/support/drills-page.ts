/** Page object for the Drills screen: the deck list, a study session and its summary. */
import { expect, type Locator, type Page } from '@playwright/test';

export interface Counts {
  new: number;
  due: number;
  total: number;
}

export class DrillsPage {
  /** The rail's "Drills" item. */
  readonly navItem: Locator;
  readonly heading: Locator;
  readonly importButton: Locator;
  readonly showAnswer: Locator;
  readonly writeAnswer: Locator;
  readonly saveAnswer: Locator;
  /** The editor for an unanswered card's answer. */
  readonly answerEditor: Locator;
  readonly question: Locator;
  readonly answer: Locator;
  /** "12 left · 3 new" in the study bar. */
  readonly left: Locator;
  readonly summary: Locator;
  readonly backToDecks: Locator;
  readonly importReport: Locator;

  constructor(readonly page: Page) {
    this.navItem = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Drills' });
    this.heading = page.getByRole('heading', { name: 'Drills', level: 1 });
    this.importButton = page.getByRole('button', { name: 'Import…' });
    this.showAnswer = page.getByRole('button', { name: /^Show answer/ });
    this.writeAnswer = page.getByRole('button', { name: /^Write an answer/ });
    this.saveAnswer = page.getByRole('button', { name: /^Save answer/ });
    this.answerEditor = page.getByRole('textbox', { name: 'Your answer' });
    this.question = page.getByRole('region', { name: 'Question' });
    this.answer = page.getByRole('region', { name: 'Answer', exact: true });
    this.left = page.locator('.study-left');
    this.summary = page.getByRole('region', { name: 'Session complete' });
    this.backToDecks = page.getByRole('button', { name: 'Back to decks' });
    this.importReport = page.getByRole('dialog', { name: /^(Import finished|Nothing imported)$/ });
  }

  /** Ctrl+2, as the rail's tooltip says; the deck list shows. */
  async open(): Promise<void> {
    await expect(this.navItem).toBeVisible();
    await this.page.keyboard.press('Control+2');
    await expect(this.heading).toBeVisible();
  }

  /** A row of the deck list (a deck, folder or tag), by the name its study button carries. */
  row(name: string): Locator {
    return this.page.getByRole('button', { name: `Study ${name}`, exact: true });
  }

  exportButton(name: string): Locator {
    return this.page.getByRole('button', { name: `Export ${name}`, exact: true });
  }

  async expectCounts(name: string, counts: Counts): Promise<void> {
    await expect(this.row(name)).toHaveAccessibleDescription(`${counts.new} new, ${counts.due} due, ${counts.total} in all`);
  }

  /** Focuses the row and presses Enter (the keyboard way in), and waits for the first card. */
  async study(name: string): Promise<void> {
    await this.row(name).focus();
    await this.page.keyboard.press('Enter');
    await expect(this.page.getByRole('main', { name: /^Drill: / })).toBeVisible();
    await expect(this.question).toBeVisible();
  }

  grade(name: 'Again' | 'Hard' | 'Good' | 'Easy'): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${name}`) });
  }

  /** A number on the summary: "Cards", "Time", or a grade's count. */
  summaryValue(term: string): Locator {
    return this.summary.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  /** Space, then a grade key: one card done the keyboard way. */
  async answerWith(key: '1' | '2' | '3' | '4'): Promise<void> {
    await expect(this.showAnswer).toBeFocused();
    await this.page.keyboard.press('Space');
    await expect(this.answer).toBeVisible();
    await expect(this.grade('Good')).toBeFocused();
    await this.page.keyboard.press(key);
  }

  /** Imports a file through the deck list's file chooser. */
  async importFile(name: string, content: string | Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.importButton.click();
    await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: typeof content === 'string' ? Buffer.from(content) : content });
  }
}
