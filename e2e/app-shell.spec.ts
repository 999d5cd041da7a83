/** The shell around the screens: the theme switch and the shortcut overview. */
import { expect, test } from './support/app-fixture';
import { NotesPage } from './support/notes-page';

test.use({ vaultFixture: 'sample' });

test('Ctrl+Shift+L switches between light and dark, and the choice survives a reload', async ({ app }) => {
  const html = app.page.locator('html');
  await app.page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
  await app.page.keyboard.press('Control+Shift+L');
  await expect(html).toHaveAttribute('data-theme', 'dark');

  await app.reload();
  await expect(new NotesPage(app.page).tree).toBeVisible();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await app.page.keyboard.press('Control+Shift+L');
  await expect(html).toHaveAttribute('data-theme', 'light');
});

test('F1 and ? (outside the editor) show the shortcut overview; in the editor ? is just a character', async ({ app }) => {
  const notes = new NotesPage(app.page);
  const overview = app.page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(notes.tree).toBeVisible();
  await app.page.keyboard.press('F1');
  await expect(overview).toBeVisible();
  await expect(overview.getByRole('term').filter({ hasText: 'Quick open' })).toBeVisible();
  await expect(overview.getByText('Ctrl+P', { exact: true })).toBeVisible();
  await app.page.keyboard.press('Escape');
  await expect(overview).toBeHidden();

  await notes.note('Interview notes').focus();
  await app.page.keyboard.press('?');
  await expect(overview).toBeVisible();
  await app.page.keyboard.press('Escape');

  await notes.open('Event loop');
  await notes.appendTo('The event loop lets a single thread', '?');
  await expect(overview).toBeHidden();
  await expect(notes.editor.getByText('when the call stack is empty.?')).toBeVisible();
});
