/** Page object for the Notes screen: what a user sees and does there. */
import { expect, type Locator, type Page } from '@playwright/test';

export class NotesPage {
  readonly editor: Locator;
  readonly saveStatus: Locator;
  readonly tree: Locator;
  /** The messages at the bottom of the window ("Deleted X — Undo", errors). */
  readonly notices: Locator;
  /** The bar shown when a note with unsaved edits changed on disk. */
  readonly conflictBar: Locator;
  /** The bar shown when a note with unsaved edits was deleted or moved on disk. */
  readonly removedBar: Locator;
  /** The bar shown when a save failed (disk full, read-only…). */
  readonly saveErrorBar: Locator;
  /** What the note pane says about a note it cannot open (binary, not UTF-8…). */
  readonly unreadable: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByRole('textbox', { name: /^Editor/ });
    this.saveStatus = page.getByRole('status', { name: 'Save status' });
    this.tree = page.getByRole('tree', { name: 'Notes' });
    this.notices = page.getByRole('status', { name: 'Notifications' });
    this.conflictBar = page.getByRole('alert').filter({ hasText: 'changed by another program' });
    this.removedBar = page.getByRole('alert').filter({ hasText: 'deleted or moved by another program' });
    this.saveErrorBar = page.getByRole('alert').filter({ hasText: 'Your changes are not saved yet' });
    this.unreadable = page.getByRole('main').getByRole('alert');
  }

  /** The editor of one note, by its title (its accessible name is "Editor: <title>"). */
  editorOf(title: string): Locator {
    return this.page.getByRole('textbox', { name: `Editor: ${title}`, exact: true });
  }

  /** The sidebar lists exactly these items (names as announced), top to bottom. */
  async expectTree(names: string[]): Promise<void> {
    await expect(this.tree).toMatchAriaSnapshot(
      ['- tree "Notes":', '  - /children: equal', ...names.map((name) => `  - treeitem ${JSON.stringify(name)}`)].join('\n'),
    );
  }

  /** Shortcuts act once the Notes screen has registered its commands: wait for it, as a user would look. */
  async ready(): Promise<void> {
    await expect(this.page.getByRole('complementary', { name: 'Vault' }).getByRole('button', { name: 'New note' })).toBeVisible();
  }

  note(title: string): Locator {
    return this.tree.getByRole('treeitem', { name: title, exact: true });
  }

  /** Opens a note through quick open, wherever it is in the tree. */
  async open(title: string): Promise<void> {
    await this.ready();
    await this.page.keyboard.press('Control+p');
    await this.page.getByRole('combobox', { name: 'Quick open' }).fill(title);
    await expect(this.page.getByRole('option').first()).toContainText(title);
    await this.page.keyboard.press('Enter');
    await expect(this.editorOf(title)).toBeVisible();
  }

  /** Ctrl+N, then puts the caret in the new note. */
  async newNote(): Promise<void> {
    await this.ready();
    await this.page.keyboard.press('Control+n');
    await expect(this.editorOf('Untitled')).toBeVisible();
    await this.editor.click();
  }

  /** Types lines as a user would, pressing Enter between them (Markdown shortcuts apply). */
  async typeLines(...lines: string[]): Promise<void> {
    for (const [i, line] of lines.entries()) {
      if (i > 0) await this.page.keyboard.press('Enter');
      await this.page.keyboard.type(line);
    }
  }

  /** Puts the caret at the end of the block that contains `text`, and types. */
  async appendTo(text: string, addition: string): Promise<void> {
    await this.editor.getByText(text).first().click();
    await this.page.keyboard.press('End');
    await this.page.keyboard.type(addition);
  }

  /**
   * Puts the page's timers under the test's control; they run as usual until
   * `freezeTime`. Call it before opening the note: a timer the note set
   * earlier would stay a real one, which the fake clock can neither stop nor clear.
   */
  async installClock(): Promise<void> {
    await this.page.clock.install();
  }

  /**
   * Stops the page's timers, so an edit stays "Unsaved changes" (autosave
   * waits on a timer) until `resumeTime`: what a test needs to change the
   * file on disk while the note is dirty, without racing the autosave.
   */
  async freezeTime(): Promise<void> {
    // The page's clock, not ours: the two drift apart, and pausing "in the past" is an error.
    const pageNow = await this.page.evaluate(() => Date.now());
    await this.page.clock.pauseAt(pageNow + 500);
  }

  async resumeTime(): Promise<void> {
    await this.page.clock.resume();
  }

  async save(): Promise<void> {
    await this.page.keyboard.press('Control+s');
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  /** F2 on the open note, a new name, Enter. */
  async renameOpenNote(name: string): Promise<void> {
    await this.page.keyboard.press('F2');
    const dialog = this.page.getByRole('dialog', { name: 'Rename note' });
    await dialog.getByRole('textbox', { name: 'New name' }).fill(name);
    await dialog.getByRole('textbox', { name: 'New name' }).press('Enter');
    await expect(dialog).toBeHidden();
  }

  /** Focuses the note in the sidebar and presses Delete, as the shortcut overview says. */
  async deleteFromTree(title: string): Promise<void> {
    await this.note(title).focus();
    await this.page.keyboard.press('Delete');
  }

  /** Ctrl+Shift+N with the vault root as the target, a name, Enter. */
  async newFolder(name: string): Promise<void> {
    await this.page.keyboard.press('Control+Shift+N');
    const dialog = this.page.getByRole('dialog', { name: 'New folder' });
    await dialog.getByRole('textbox').fill(name);
    await dialog.getByRole('textbox').press('Enter');
    await expect(dialog).toBeHidden();
  }
}
