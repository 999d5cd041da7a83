/** Quick open (Ctrl+P, fuzzy titles) and full-text search (Ctrl+Shift+F, snippets, tags). */
import { expect, test } from './support/app-fixture';
import { NotesPage } from './support/notes-page';
import { QuickOpenPalette, SearchPalette } from './support/palettes';

test.use({
  vaultFixture: 'sample',
  vaultFiles: {
    'Stories/Mentoring.md': '---\ntags: [leadership]\n---\n# Mentoring\n\nHelped a junior engineer ship her first feature.\n',
    'Stories/Outage.md': '# Outage\n\nOn call during the payment outage. #incident\n',
  },
});

test('quick open finds a note from a few letters of its title, and Enter opens it', async ({ app }) => {
  const notes = new NotesPage(app.page);
  const quickOpen = new QuickOpenPalette(app.page);
  await quickOpen.show();
  await quickOpen.query('evlp');
  await expect(quickOpen.results.first()).toHaveText(/^Event loop/);
  await expect(quickOpen.results.first()).toContainText('Technical');
  await quickOpen.input.press('Enter');
  await expect(quickOpen.dialog).toBeHidden();
  await expect(notes.editorOf('Event loop')).toBeVisible();
});

test('quick open moves through results with the arrow keys and says when nothing matches', async ({ app }) => {
  const notes = new NotesPage(app.page);
  const quickOpen = new QuickOpenPalette(app.page);
  await quickOpen.show();
  await expect(quickOpen.results).toHaveCount(4);
  await quickOpen.query('o');
  await quickOpen.input.press('ArrowDown');
  await expect(quickOpen.results.nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = (await quickOpen.results.nth(1).locator('.palette-item-title').textContent())!;
  await quickOpen.input.press('Enter');
  await expect(notes.editorOf(second)).toBeVisible();

  await quickOpen.show();
  await quickOpen.query('zzqx');
  await expect(quickOpen.dialog.getByText('No note title matches “zzqx”.')).toBeVisible();
});

test('search finds words in note bodies and highlights them in snippets', async ({ app }) => {
  const notes = new NotesPage(app.page);
  const search = new SearchPalette(app.page);
  await search.show();
  await search.query('microtasks');
  const hit = search.result('Event loop');
  await expect(hit).toBeVisible();
  await expect(search.highlights(hit).first()).toHaveText(/^microtasks$/i);
  await search.input.press('Enter');
  await expect(notes.editorOf('Event loop')).toBeVisible();
});

test('search matches front matter tags and inline #tags', async ({ app }) => {
  const search = new SearchPalette(app.page);
  await search.show();
  await search.query('leadership');
  await expect(search.results).toHaveCount(1);
  await expect(search.results.first()).toContainText('Mentoring');
  await expect(search.results.first()).toContainText('#leadership');

  await search.query('#incident');
  await expect(search.results.first()).toContainText('Outage');
  await expect(search.results.first()).toContainText('#incident');

  await search.query('zqxjv');
  await expect(search.dialog.getByText('Nothing found for “zqxjv”.')).toBeVisible();
});
