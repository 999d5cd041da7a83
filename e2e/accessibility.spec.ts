/**
 * axe-core (WCAG 2 A and AA) on every screen and overlay, in the light and
 * the dark theme: no serious or critical violation.
 */
import { expect, test } from './support/app-fixture';
import { expectAccessibleInBothThemes } from './support/axe';
import { NotesPage } from './support/notes-page';
import { QuickOpenPalette, SearchPalette } from './support/palettes';
import { VaultFiles } from './support/vault-files';

test.describe('without a vault', () => {
  test.use({ openVault: false });

  test('the welcome screen', async ({ app }) => {
    await expect(app.page.getByRole('heading', { name: 'Interview Coach', level: 1 })).toBeVisible();
    await expectAccessibleInBothThemes(app.page, 'the welcome screen');
  });
});

test.describe('with the sample vault', () => {
  test.use({ vaultFixture: 'sample' });

  test('the notes screen with a note open', async ({ app }) => {
    const notes = new NotesPage(app.page);
    await notes.open('Event loop');
    await expect(notes.editor.getByRole('table')).toBeVisible();
    await expectAccessibleInBothThemes(app.page, 'the notes screen');
  });

  test('quick open', async ({ app }) => {
    const quickOpen = new QuickOpenPalette(app.page);
    await quickOpen.show();
    await quickOpen.query('o');
    await expect(quickOpen.results.first()).toBeVisible();
    await expectAccessibleInBothThemes(app.page, 'quick open');
  });

  test('search with results', async ({ app }) => {
    const search = new SearchPalette(app.page);
    await search.show();
    await search.query('thread');
    await expect(search.highlights(search.results.first()).first()).toBeVisible();
    await expectAccessibleInBothThemes(app.page, 'search');
  });

  test('the shortcut overview', async ({ app }) => {
    await expect(new NotesPage(app.page).tree).toBeVisible();
    await app.page.keyboard.press('F1');
    await expect(app.page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectAccessibleInBothThemes(app.page, 'the shortcut overview');
  });

  test('the rename dialog', async ({ app }) => {
    const notes = new NotesPage(app.page);
    await notes.open('Event loop');
    await app.page.keyboard.press('F2');
    await expect(app.page.getByRole('dialog', { name: 'Rename note' })).toBeVisible();
    await expectAccessibleInBothThemes(app.page, 'the rename dialog');
  });

  test('the conflict bar', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await notes.installClock();
    await notes.open('Event loop');
    await notes.freezeTime();
    await notes.appendTo('The event loop lets a single thread', ' Mine.');
    await vault.write('Technical/Event loop.md', '# Theirs\n');
    await expect(notes.conflictBar).toBeVisible();
    await notes.resumeTime();
    await expectAccessibleInBothThemes(app.page, 'the conflict bar');
  });

  test('a notice with Undo, and the pane of a note that cannot be opened', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await vault.write('Binary.md', Buffer.from([0, 1, 2]));
    await notes.note('Binary').click();
    await expect(notes.unreadable).toBeVisible();
    await notes.deleteFromTree('Interview notes');
    await expect(notes.notices.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expectAccessibleInBothThemes(app.page, 'notices and the unreadable-note pane');
  });
});
