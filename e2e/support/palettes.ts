/** Page objects for the two palettes: quick open (Ctrl+P) and full-text search (Ctrl+Shift+F). */
import type { Locator, Page } from '@playwright/test';

class Palette {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly results: Locator;

  constructor(
    readonly page: Page,
    title: string,
    private readonly shortcut: string,
  ) {
    this.dialog = page.getByRole('dialog', { name: title });
    this.input = this.dialog.getByRole('combobox', { name: title });
    this.results = this.dialog.getByRole('option');
  }

  async show(): Promise<void> {
    await this.page.keyboard.press(this.shortcut);
  }

  async query(text: string): Promise<void> {
    await this.input.fill(text);
  }

  result(name: string | RegExp): Locator {
    return this.results.filter({ hasText: name });
  }
}

export class QuickOpenPalette extends Palette {
  constructor(page: Page) {
    super(page, 'Quick open', 'Control+p');
  }
}

export class SearchPalette extends Palette {
  constructor(page: Page) {
    super(page, 'Search notes', 'Control+Shift+F');
  }

  /** The highlighted words in one hit's snippets. */
  highlights(hit: Locator): Locator {
    return hit.locator('mark');
  }
}
