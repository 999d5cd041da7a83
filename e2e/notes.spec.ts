import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/app-fixture';
import { NotesPage } from './support/notes-page';

test.describe('writing notes', () => {
  test('a new note typed with Markdown shortcuts is saved to disk and is there after a reload', async ({ app }) => {
    const notes = new NotesPage(app.page);
    await notes.newNote();
    await app.page.keyboard.type('## Situation');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('- first point');
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.type('second point');
    await notes.expectSaved();

    const file = join(app.vaultDir, 'Untitled.md');
    await expect.poll(() => readFile(file, 'utf8')).toBe('## Situation\n\n- first point\n- second point\n');

    await app.reload();
    await expect(notes.editor.getByRole('heading', { name: 'Situation' })).toBeVisible();
    await expect(notes.editor.getByText('second point')).toBeVisible();
  });
});

test.describe('lossless', () => {
  test.use({ vaultFixture: 'sample' });

  test('opening a note and leaving it does not write it', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const file = join(app.vaultDir, 'Interview notes.md');
    const before = await stat(file);
    await notes.open('Interview notes');
    await notes.editor.click();
    await app.page.keyboard.press('ArrowDown');
    await notes.open('Event loop');
    await app.page.keyboard.press('Control+s');
    await notes.expectSaved();
    const after = await stat(file);
    expect(after.mtimeMs).toBe(before.mtimeMs);
  });

  test('editing one paragraph changes only that paragraph on disk', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const file = join(app.vaultDir, 'Technical', 'Event loop.md');
    const original = await readFile(file, 'utf8');
    await notes.open('Event loop');
    await notes.editor.getByText('The event loop lets a single thread').click();
    await app.page.keyboard.press('End');
    await app.page.keyboard.type(' It never blocks.');
    await app.page.keyboard.press('Control+s');
    await notes.expectSaved();
    const expected = original.replace('when the call stack is empty.', 'when the call stack is empty. It never blocks.');
    await expect.poll(() => readFile(file, 'utf8')).toBe(expected);
  });
});

test.describe('the vault', () => {
  test.use({ vaultFixture: 'sample' });

  test('the sidebar lists folders and notes, and skips hidden folders', async ({ app }) => {
    const notes = new NotesPage(app.page);
    await expect(notes.tree.getByRole('treeitem', { name: 'Technical' })).toBeVisible();
    await expect(notes.note('Interview notes')).toBeVisible();
    await expect(notes.tree.getByRole('treeitem', { name: '.obsidian' })).toHaveCount(0);
    await notes.tree.getByRole('treeitem', { name: 'Technical' }).click();
    await expect(notes.note('Event loop')).toBeVisible();
  });
});
