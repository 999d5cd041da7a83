/** Page object for the Notes screen: what a user sees and does there. */
import { expect, type Locator, type Page } from '@playwright/test';

export class NotesPage {
  readonly editor: Locator;
  readonly saveStatus: Locator;
  readonly tree: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('textbox', { name: /^Editor/ });
    this.saveStatus = page.getByRole('status', { name: 'Save status' });
    this.tree = page.getByRole('tree', { name: 'Notes' });
  }

  note(title: string): Locator {
    return this.tree.getByRole('treeitem', { name: title, exact: true });
  }

  /** Opens a note through quick open, wherever it is in the tree. */
  async open(title: string): Promise<void> {
    await this.quickOpen(title);
    await expect(this.page.getByRole('textbox', { name: `Editor: ${title}`, exact: true })).toBeVisible();
  }

  async newNote(): Promise<void> {
    await this.page.keyboard.press('Control+n');
    await expect(this.editor).toBeVisible();
    await this.editor.click();
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  async quickOpen(query: string): Promise<void> {
    await this.page.keyboard.press('Control+p');
    await this.page.getByRole('combobox', { name: 'Quick open' }).fill(query);
    await this.page.keyboard.press('Enter');
  }
}
