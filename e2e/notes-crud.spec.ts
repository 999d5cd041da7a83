/** Creating, renaming, deleting (with undo) notes and folders, and the sidebar that lists them. */
import { expect, test } from './support/app-fixture';
import { NotesPage } from './support/notes-page';
import { VaultFiles } from './support/vault-files';

test.describe('a new note', () => {
  test('Ctrl+N, Markdown shortcuts and autosave put the right file on disk; a reload shows it again', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await notes.newNote();
    await notes.typeLines('## Situation', '- first point', 'second point');
    // No Ctrl+S: autosave alone must write it.
    await notes.expectSaved();
    expect(await vault.read('Untitled.md')).toBe('## Situation\n\n- first point\n- second point\n');

    await app.reload();
    await expect(notes.editorOf('Untitled').getByRole('heading', { name: 'Situation' })).toBeVisible();
    await expect(notes.editor.getByRole('listitem')).toHaveText(['first point', 'second point']);
  });

  test('Ctrl+Shift+N creates a folder, and Ctrl+N with the folder selected creates the note in it', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await notes.newFolder('Behavioral');
    await notes.tree.getByRole('treeitem', { name: 'Behavioral' }).click();
    await notes.newNote();
    await notes.typeLines('# STAR');
    await notes.expectSaved();
    expect(await vault.read('Behavioral/Untitled.md')).toBe('# STAR\n');
    await expect(notes.note('Untitled')).toHaveAttribute('aria-level', '2');
  });
});

test.describe('the caret', () => {
  test.use({ vaultFiles: { 'Race.md': '# Race\n\nFirst paragraph.\n\n## Second\n\nLast paragraph.\n' } });

  test('a key pressed before the page reports the caret moved acts where the caret is now', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await notes.open('Race');
    await notes.appendTo('Last paragraph.', '');
    // A click on the heading's end and Enter at once: the browser may deliver the key before its
    // selectionchange event (a real click did, in most tries). Pressing, moving the caret as the
    // click does, and pressing the key in one task makes that order certain.
    await notes.editor.getByRole('heading', { name: 'Second' }).evaluate((heading) => {
      const words = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT).nextNode()!;
      heading.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
      window.getSelection()!.collapse(words, words.textContent!.length);
      heading.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', bubbles: true, cancelable: true }));
    });
    await app.page.keyboard.type('Under the heading.');
    await notes.save();
    await notes.expectSaved();
    expect(await vault.read('Race.md')).toBe('# Race\n\nFirst paragraph.\n\n## Second\n\nUnder the heading.\n\nLast paragraph.\n');
  });
});

test.describe('existing notes', () => {
  test.use({ vaultFixture: 'sample' });

  test('F2 renames the open note on disk, keeping its bytes', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    const original = await vault.bytes('Technical/Event loop.md');
    await notes.open('Event loop');
    await notes.renameOpenNote('Event loop basics');

    await expect(notes.editorOf('Event loop basics')).toBeVisible();
    await expect(notes.note('Event loop basics')).toBeVisible();
    expect(await vault.exists('Technical/Event loop.md')).toBe(false);
    expect(await vault.bytes('Technical/Event loop basics.md')).toEqual(original);
  });

  test('Delete moves a note to the trash, and Undo brings it back unchanged', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    const original = await vault.bytes('Interview notes.md');
    await notes.deleteFromTree('Interview notes');

    const notice = notes.notices.getByText('Deleted “Interview notes”.');
    await expect(notice).toBeVisible();
    await expect(notes.note('Interview notes')).toHaveCount(0);
    expect(await vault.exists('Interview notes.md')).toBe(false);

    await notes.notices.getByRole('button', { name: 'Undo' }).click();
    await expect(notes.editorOf('Interview notes')).toBeVisible();
    await expect(notes.note('Interview notes')).toBeVisible();
    expect(await vault.bytes('Interview notes.md')).toEqual(original);
  });
});

test.describe('the sidebar', () => {
  test.use({
    vaultFixture: 'sample',
    vaultFiles: {
      'Technical/Closures.mdx': '# Closures\n',
      'Technical/diagram.txt': 'not a note',
      '.hidden/Secret.md': '# hidden\n',
    },
  });

  test('lists folders and notes (.md and .mdx), skips hidden folders and other files; folders open and close', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const technical = notes.tree.getByRole('treeitem', { name: 'Technical' });
    await expect(technical).toHaveAttribute('aria-expanded', 'false');
    await expect(notes.note('Interview notes')).toBeVisible();
    await notes.expectTree(['Technical', 'Interview notes']);

    await technical.click();
    await expect(technical).toHaveAttribute('aria-expanded', 'true');
    await notes.expectTree(['Technical', 'Closures', 'Event loop', 'Interview notes']);

    await technical.click();
    await expect(technical).toHaveAttribute('aria-expanded', 'false');
    await expect(notes.note('Event loop')).toHaveCount(0);
  });
});
