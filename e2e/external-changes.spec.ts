/**
 * Other programs (an editor, git, a sync tool) change the vault while the app
 * is open: a clean note follows the disk, a dirty one asks, nothing is
 * overwritten silently, and the sidebar follows within a second.
 */
import { expect, test } from './support/app-fixture';
import { NotesPage } from './support/notes-page';
import { VaultFiles } from './support/vault-files';

test.use({ vaultFixture: 'sample' });

const NOTE = 'Technical/Event loop.md';
/** The product promise: changes on disk show up within a second. */
const WITHIN_A_SECOND = { timeout: 1_000 };

test('an external edit reloads a clean open note, and the app does not write it back', async ({ app }) => {
  const notes = new NotesPage(app.page);
  const vault = new VaultFiles(app.vaultDir);
  await notes.open('Event loop');
  const theirs = (await vault.read(NOTE)).replace('single thread', 'single JavaScript thread');
  await vault.write(NOTE, theirs);

  await expect(notes.editor.getByText('The event loop lets a single JavaScript thread')).toBeVisible(WITHIN_A_SECOND);
  await expect(notes.conflictBar).toHaveCount(0);
  const afterReload = await vault.snapshot();
  await notes.save();
  await notes.expectSaved();
  expect(await vault.snapshot()).toEqual(afterReload);
  expect(await vault.read(NOTE)).toBe(theirs);
});

test.describe('an external edit to a note with unsaved edits', () => {
  /** The user types in the note, and another program rewrites it before the autosave. */
  async function editOnBothSides(notes: NotesPage, vault: VaultFiles) {
    const original = await vault.read(NOTE);
    await notes.installClock();
    await notes.open('Event loop');
    await notes.freezeTime();
    await notes.appendTo('The event loop lets a single thread', ' Mine.');
    await expect(notes.saveStatus).toHaveText('Unsaved changes');
    const theirs = original.replace('# Event loop', '# Event loop (theirs)');
    await vault.write(NOTE, theirs);
    await expect(notes.conflictBar).toBeVisible();
    await notes.resumeTime();
    return { original, theirs };
  }

  test('raises the conflict bar and overwrites neither side until the user chooses', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    const { theirs } = await editOnBothSides(notes, vault);
    await expect(notes.saveStatus).toHaveText('Changed on disk');
    await notes.save();
    await expect(notes.editor.getByText('single thread run callbacks when the call stack is empty. Mine.')).toBeVisible();
    expect(await vault.read(NOTE)).toBe(theirs);
  });

  test('"Keep my version" writes the editor\'s text over the other version', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    const { original } = await editOnBothSides(notes, vault);
    await notes.conflictBar.getByRole('button', { name: 'Keep my version' }).click();
    await notes.expectSaved();
    await expect(notes.conflictBar).toHaveCount(0);
    expect(await vault.read(NOTE)).toBe(original.replace('when the call stack is empty.', 'when the call stack is empty. Mine.'));
  });

  test('"Load from disk" shows the other version and drops the edits', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    const { theirs } = await editOnBothSides(notes, vault);
    await notes.conflictBar.getByRole('button', { name: 'Load from disk' }).click();
    await expect(notes.editor.getByRole('heading', { name: 'Event loop (theirs)' })).toBeVisible();
    await expect(notes.editor.getByText('Mine.')).toHaveCount(0);
    await notes.expectSaved();
    expect(await vault.read(NOTE)).toBe(theirs);
  });
});

test('a note added by another program appears in the sidebar within a second', async ({ app }) => {
  const notes = new NotesPage(app.page);
  const vault = new VaultFiles(app.vaultDir);
  await expect(notes.note('Interview notes')).toBeVisible();
  await vault.write('Added elsewhere.md', '# Added elsewhere\n');
  await expect(notes.note('Added elsewhere')).toBeVisible(WITHIN_A_SECOND);
});

test('a clean open note deleted by another program is closed, and the user is told', async ({ app }) => {
  const notes = new NotesPage(app.page);
  const vault = new VaultFiles(app.vaultDir);
  await notes.open('Event loop');
  await vault.remove(NOTE);
  await expect(notes.notices.getByText('“Event loop” was deleted or moved outside the app.')).toBeVisible();
  await expect(notes.editor).toHaveCount(0);
  await expect(notes.note('Event loop')).toHaveCount(0);
});
