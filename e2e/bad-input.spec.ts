/**
 * Bad input: each case gets a clear message and loses nothing. The core's
 * unit tests cover the mechanics (src-main/core/fs/*.test.ts, store, vault
 * service); these check what the user sees and what ends up on disk.
 */
import { chmod, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './support/app-fixture';
import { NotesPage } from './support/notes-page';
import { VaultFiles } from './support/vault-files';

const DRAFT = '# Draft\n\nFirst words.\n';
const DRAFT_EDITED = '# Draft\n\nFirst words. More words.\n';

test.describe('files that are not notes the app can edit', () => {
  test.use({
    vaultFiles: {
      'Binary.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
      'Latin-1.md': Buffer.from('Caf\xe9 cr\xe8me\n', 'latin1'),
    },
  });

  for (const [title, reason] of [
    ['Binary', 'looks like a binary file, not a Markdown note'],
    ['Latin-1', 'is not valid UTF-8 text, so it was not opened (to avoid damaging it)'],
  ] as const) {
    test(`${title}: says why it cannot be opened and leaves the file alone`, async ({ app }) => {
      const notes = new NotesPage(app.page);
      const vault = new VaultFiles(app.vaultDir);
      const before = await vault.snapshot();
      await notes.note(title).click();
      await expect(notes.unreadable).toContainText(`“${title}” can't be opened here`);
      await expect(notes.unreadable).toContainText(reason);
      await expect(notes.unreadable).toContainText('The file is left exactly as it is.');
      await expect(notes.editor).toHaveCount(0);
      expect(await vault.snapshot()).toEqual(before);
    });
  }
});

test.describe('large notes', () => {
  const items = Array.from({ length: 10_000 }, (_, i) => `- item ${i + 1}`).join('\n') + '\n';
  // 5 MB of ordinary paragraphs.
  const paragraph = 'The interviewer asked about the event loop, and I explained the call stack and the queues. ';
  const huge = `# Huge\n\n${`${paragraph.repeat(10)}\n\n`.repeat(Math.ceil((5 * 1024 * 1024) / (paragraph.length * 10 + 2)))}`;
  test.use({ vaultFiles: { 'Long list.md': items, 'Huge.md': huge, 'Small.md': '# Small\n' } });

  test('a 10,000-item list opens, and editing one item saves only that item', async ({ app }) => {
    // Loading all 10,000 items takes seconds, more on a loaded CI machine.
    test.slow();
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await notes.note('Long list').click();
    // Big notes load in pieces; the edit and the save may come before the last piece is in,
    // and the save must still write the rest of the list exactly as it was.
    await expect(notes.editorOf('Long list').getByRole('listitem').first()).toHaveText('item 1', { timeout: 60_000 });
    await notes.appendTo('item 1', ' edited');
    await notes.save();
    await notes.expectSaved();
    expect(await vault.read('Long list.md')).toBe(items.replace('- item 1\n', '- item 1 edited\n'));
  });

  test('a 5 MB note does not freeze the app and is not written', async ({ app }) => {
    test.setTimeout(60_000);
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    const before = await vault.snapshot();
    await notes.note('Huge').click();
    // The window keeps answering: another note opens while (or after) the big one loads.
    await notes.open('Small');
    await expect(notes.editorOf('Small')).toBeVisible();
    expect(await vault.snapshot()).toEqual(before);
  });
});

test.describe('a note that goes away on disk while it has unsaved edits', () => {
  test.use({ vaultFiles: { 'Draft.md': DRAFT } });

  async function editThen(notes: NotesPage, changeOnDisk: () => Promise<void>) {
    await notes.installClock();
    await notes.note('Draft').click();
    await expect(notes.editorOf('Draft')).toBeVisible();
    await notes.freezeTime();
    await notes.appendTo('First words.', ' More words.');
    await expect(notes.saveStatus).toHaveText('Unsaved changes');
    await changeOnDisk();
    await expect(notes.removedBar).toBeVisible();
    await notes.resumeTime();
    await expect(notes.saveStatus).toHaveText('Deleted on disk');
    await expect(notes.editor.getByText('First words. More words.')).toBeVisible();
  }

  test('deleted: the text stays, and "Save as…" writes it to a new note where editing goes on', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await editThen(notes, () => vault.remove('Draft.md'));

    await notes.removedBar.getByRole('button', { name: 'Save as…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Save as a new note' });
    await expect(dialog.getByRole('textbox')).toHaveValue('Draft (recovered)');
    await dialog.getByRole('textbox').press('Enter');
    await expect(notes.editorOf('Draft (recovered)')).toBeVisible();
    await notes.expectSaved();
    expect(await vault.read('Draft (recovered).md')).toBe(DRAFT_EDITED);
    expect(await vault.exists('Draft.md')).toBe(false);

    await notes.appendTo('More words.', ' Still here.');
    await notes.expectSaved();
    expect(await vault.read('Draft (recovered).md')).toBe(DRAFT_EDITED.replace('More words.', 'More words. Still here.'));
  });

  test('"Save as…" never overwrites another note', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await editThen(notes, () => vault.remove('Draft.md'));
    await vault.write('Taken.md', '# Taken\n');

    await notes.removedBar.getByRole('button', { name: 'Save as…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Save as a new note' });
    await dialog.getByRole('textbox').fill('Taken');
    await dialog.getByRole('textbox').press('Enter');
    await expect(dialog.getByRole('alert')).toContainText('already exists');
    expect(await vault.read('Taken.md')).toBe('# Taken\n');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(notes.removedBar).toBeVisible();
  });

  test('renamed: the text stays, and "Save it again here" writes it back without touching the moved file', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await editThen(notes, () => vault.move('Draft.md', 'Moved.md'));

    await notes.removedBar.getByRole('button', { name: 'Save it again here' }).click();
    await notes.expectSaved();
    expect(await vault.read('Draft.md')).toBe(DRAFT_EDITED);
    expect(await vault.read('Moved.md')).toBe(DRAFT);
  });
});

test.describe('saves that fail', () => {
  test.use({ vaultFiles: { 'Draft.md': DRAFT } });

  /** Types into the draft and waits for the autosave to fail with `message`. */
  async function editAndFail(notes: NotesPage, message: string | RegExp) {
    await notes.note('Draft').click();
    await notes.appendTo('First words.', ' More words.');
    await expect(notes.saveErrorBar).toContainText(message);
    await expect(notes.saveStatus).toContainText(message);
  }

  test('a full disk: the user is told, the old file is intact, and "Try again" saves once there is space', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    const diskFull = join(app.dataDir, 'simulate-disk-full'); // see src-main/core/fs/test-faults.ts
    await writeFile(diskFull, '');
    const before = await vault.snapshot();
    await editAndFail(notes, 'the disk is full');
    expect(await vault.snapshot()).toEqual(before);

    await rm(diskFull);
    await notes.saveErrorBar.getByRole('button', { name: 'Try again' }).click();
    await notes.expectSaved();
    expect(await vault.read('Draft.md')).toBe(DRAFT_EDITED);
  });

  test('a read-only note: the user is told and the file is not changed', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await chmod(vault.path('Draft.md'), 0o444);
    await editAndFail(notes, 'the file is read-only');
    expect(await vault.read('Draft.md')).toBe(DRAFT);

    await chmod(vault.path('Draft.md'), 0o644);
    await notes.saveErrorBar.getByRole('button', { name: 'Try again' }).click();
    await notes.expectSaved();
    expect(await vault.read('Draft.md')).toBe(DRAFT_EDITED);
  });

  test('a read-only folder: the user is told and the file is not changed', async ({ app }) => {
    test.skip(process.getuid?.() === 0, 'Root ignores folder permissions; atomic-write.test.ts simulates EACCES for this case.');
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await chmod(app.vaultDir, 0o555);
    try {
      await editAndFail(notes, /read-only|permission/);
      expect(await vault.read('Draft.md')).toBe(DRAFT);
    } finally {
      await chmod(app.vaultDir, 0o755);
    }
  });
});

test.describe('the vault and the app state', () => {
  test.use({ vaultFixture: 'sample' });

  test('the vault folder disappears: the welcome screen says so, and the moved folder is intact', async ({ app }) => {
    const notes = new NotesPage(app.page);
    await notes.open('Event loop');
    const before = await new VaultFiles(app.vaultDir).snapshot();
    const movedTo = join(app.root, 'vault moved away');
    await rename(app.vaultDir, movedTo);

    await expect(notes.notices).toContainText(`The vault folder “${app.vaultDir}” was moved or deleted, so it was closed.`);
    await expect(app.page.getByRole('heading', { name: 'Interview Coach', level: 1 })).toBeVisible();
    await expect(notes.tree).toHaveCount(0);
    expect(await new VaultFiles(movedTo).snapshot()).toEqual(before);
  });
});

test.describe('a damaged settings file', () => {
  const damaged = '{ "settings": { "theme": "da';
  test.use({ vaultFixture: 'sample', dataFiles: { 'settings.json': damaged } });

  test('is moved aside, defaults are used, and the user is told where it went', async ({ app }) => {
    const notes = new NotesPage(app.page);
    await expect(notes.notices).toContainText("The app's settings file was damaged, so default settings are used.");
    const keptAs = /kept as “(.+settings\.corrupt-\d+\.json)”/.exec((await notes.notices.textContent()) ?? '')?.[1];
    expect(keptAs).toBeDefined();
    expect(await new VaultFiles(app.dataDir).read(keptAs!.slice(app.dataDir.length + 1))).toBe(damaged);
    await expect(notes.note('Interview notes')).toBeVisible();
  });
});

test.describe('two notes whose names differ only in case', () => {
  test.use({ vaultFiles: { 'Plan.md': '# Upper plan\n', 'plan.md': '# lower plan\n' } });

  test('both are listed, each opens its own file, and editing one leaves the other alone', async ({ app }) => {
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await notes.expectTree(['Plan', 'plan']);
    await notes.note('plan').click();
    await expect(notes.editorOf('plan').getByRole('heading')).toHaveText('lower plan');
    await notes.note('Plan').click();
    await expect(notes.editorOf('Plan').getByRole('heading')).toHaveText('Upper plan');
    await notes.appendTo('Upper plan', ' v2');
    await notes.save();
    await notes.expectSaved();
    expect(await vault.read('Plan.md')).toBe('# Upper plan v2\n');
    expect(await vault.read('plan.md')).toBe('# lower plan\n');
  });
});
