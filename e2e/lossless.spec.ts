/** The app never writes a note it did not need to change, and changes only what was edited. */
import { expect, test } from './support/app-fixture';
import { NotesPage } from './support/notes-page';
import { VaultFiles } from './support/vault-files';

test.use({ vaultFixture: 'sample' });

test('opening a note and leaving it does not write it', async ({ app }) => {
  const notes = new NotesPage(app.page);
  const vault = new VaultFiles(app.vaultDir);
  const before = await vault.snapshot();
  await notes.open('Interview notes');
  await notes.editor.click();
  await app.page.keyboard.press('ArrowDown');
  await notes.open('Event loop');
  await notes.save();
  await notes.expectSaved();
  await app.reload();
  await expect(notes.editorOf('Event loop')).toBeVisible();
  expect(await vault.snapshot()).toEqual(before);
});

test('editing one paragraph changes only that paragraph on disk', async ({ app }) => {
  const notes = new NotesPage(app.page);
  const vault = new VaultFiles(app.vaultDir);
  const original = await vault.read('Technical/Event loop.md');
  await notes.open('Event loop');
  await notes.appendTo('The event loop lets a single thread', ' It never blocks.');
  await notes.save();
  await notes.expectSaved();
  expect(await vault.read('Technical/Event loop.md')).toBe(
    original.replace('when the call stack is empty.', 'when the call stack is empty. It never blocks.'),
  );
});
