/**
 * The Drills screen end to end: a whole session with the keyboard (reveal,
 * grades, undo, the summary, counts that update and survive a reload), an
 * answer written for an unanswered card (saved into the note, every other
 * byte unchanged), "Edit" taking the user to the question, import with a
 * bad row, and export as a download.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from './support/app-fixture';
import { expectAccessibleInBothThemes } from './support/axe';
import { DrillsPage } from './support/drills-page';
import { HeaderTimer } from './support/header-timer';
import { NotesPage } from './support/notes-page';
import { VaultFiles } from './support/vault-files';

const GO_NOTE = [
  '# Go',
  '',
  '## Why is a goroutine cheap?',
  '',
  'It starts with a **small stack** that grows as needed.',
  '',
  '## What does a channel do?',
  '',
  'It passes values between goroutines:',
  '',
  '```go',
  'ch <- 42',
  '```',
  '',
  '## When does select block?',
  '',
  '- When no case is ready',
  '- and there is no `default`',
  '',
].join('\n');

test.describe('a whole session', () => {
  test.use({ vaultFiles: { 'Go.md': GO_NOTE } });

  test('reveal with Space, grade with 1–4, undo with Ctrl+Z, a summary, counts that update and survive a reload', async ({ app }) => {
    test.slow(); // a session of several cards, then a reload
    const drills = new DrillsPage(app.page);
    await drills.open();
    await drills.expectCounts('Go', { new: 3, due: 0, total: 3 });
    // The keyboard way in: the focus starts on the first thing there is to study, ↓ goes down the rows, Enter studies.
    await expect(app.page.getByRole('button', { name: /^Whole vault/ })).toBeFocused();
    await app.page.keyboard.press('ArrowDown');
    await app.page.keyboard.press('ArrowDown');
    await expect(drills.row('Go')).toBeFocused();
    await app.page.keyboard.press('Enter');

    await expect(drills.question).toContainText('Why is a goroutine cheap?');
    await expect(drills.left).toHaveText('3 left · 3 new');
    await drills.answerWith('1'); // Again
    await expect(drills.answer).toBeHidden();
    await expect(drills.question).toContainText('What does a channel do?');

    // Ctrl+Z takes the grade back: the same card is on screen again, new again.
    await app.page.keyboard.press('Control+z');
    await expect(drills.question).toContainText('Why is a goroutine cheap?');
    await expect(drills.left).toHaveText('3 left · 3 new');
    await expect(drills.showAnswer).toBeFocused();
    await app.page.keyboard.press('Space');
    await expect(drills.answer).toContainText('small stack');
    // Each grade shows the interval it gives.
    await expect(drills.grade('Easy')).toHaveText(/^Easy\s*\d+(\.\d)? (d|mo|y)/);
    await app.page.keyboard.press('4'); // Easy

    await expect(drills.question).toContainText('What does a channel do?');
    await expect(drills.left).toHaveText('2 left · 2 new');
    await app.page.keyboard.press('Space');
    // The answer is rendered as the editor renders notes: a highlighted code block.
    await expect(drills.answer.locator('code')).toContainText('ch <- 42');
    await app.page.keyboard.press('3'); // Good

    await expect(drills.question).toContainText('When does select block?');
    await drills.answerWith('2'); // Hard

    // Cards in a learning step of a few minutes come back in the session; finish them with Easy.
    for (let i = 0; i < 6 && (await drills.summary.count()) === 0; i++) {
      await expect(drills.showAnswer.or(drills.summary)).toBeVisible();
      if (await drills.summary.isVisible()) break;
      await drills.answerWith('4');
    }
    await expect(drills.summary).toBeVisible();
    await expect(drills.summaryValue('Cards')).toHaveText('3');
    await expect(drills.summaryValue('Again')).toHaveText('0'); // undone
    await expect(drills.summaryValue('Hard')).toHaveText('1');
    await expect(drills.summaryValue('Good')).toHaveText('1');
    await expect(drills.backToDecks).toBeFocused();
    await app.page.keyboard.press('Enter');

    await drills.expectCounts('Go', { new: 0, due: 0, total: 3 });
    await expect(drills.row('Go')).toBeFocused();
    await app.reload();
    await drills.open();
    await drills.expectCounts('Go', { new: 0, due: 0, total: 3 });
  });

  test('"Edit" opens the note at the question; back in Drills the session goes on', async ({ app }) => {
    const drills = new DrillsPage(app.page);
    const notes = new NotesPage(app.page);
    await drills.open();
    await drills.study('Go');
    await expect(drills.question).toContainText('Why is a goroutine cheap?');
    await app.page.keyboard.press('e');
    await expect(notes.editorOf('Go')).toBeVisible();
    await expect(notes.editorOf('Go')).toBeFocused();
    // The caret is on the question's heading.
    const caretBlock = await app.page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('h2')?.textContent ?? null);
    expect(caretBlock).toBe('Why is a goroutine cheap?');

    await app.page.keyboard.press('Control+2');
    await expect(drills.question).toContainText('Why is a goroutine cheap?');
    await expect(drills.showAnswer).toBeFocused();
  });
});

test.describe('suspend and bury', () => {
  test.use({ vaultFiles: { 'Go.md': GO_NOTE } });

  test('S suspends a card (Undo in the notice brings it back), B buries it until tomorrow: both leave the session and the counts', async ({ app }) => {
    const drills = new DrillsPage(app.page);
    const notices = app.page.getByRole('status', { name: 'Notifications' });
    await drills.open();
    await drills.study('Go');
    await expect(drills.question).toContainText('Why is a goroutine cheap?');
    await app.page.keyboard.press('s');
    await expect(notices).toContainText('Card suspended');
    await expect(drills.question).toContainText('What does a channel do?');
    await expect(drills.left).toHaveText('2 left · 2 new');
    await notices.getByRole('button', { name: 'Undo' }).click();
    await expect(drills.question).toContainText('Why is a goroutine cheap?');
    await expect(drills.left).toHaveText('3 left · 3 new');

    await drills.showAnswer.focus();
    await app.page.keyboard.press('b');
    await expect(notices).toContainText('Card buried until tomorrow');
    await expect(drills.question).toContainText('What does a channel do?');
    await app.page.keyboard.press('Escape'); // nothing graded: straight back to the decks
    await drills.expectCounts('Go', { new: 2, due: 0, total: 3 });
  });
});

test.describe('settings and the thinking time', () => {
  test.use({ vaultFiles: { 'Go.md': GO_NOTE } });

  test('the thinking time from the settings runs on the header timer while the question shows, and stops on reveal', async ({ app }) => {
    const drills = new DrillsPage(app.page);
    const timer = new HeaderTimer(app.page);
    await drills.open();
    await app.page.getByRole('button', { name: 'Settings' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Drill settings' });
    await expect(dialog.getByRole('spinbutton', { name: 'Desired retention' })).toBeFocused();
    await expect(dialog.getByRole('spinbutton', { name: 'Desired retention' })).toHaveValue('90');
    await dialog.getByRole('spinbutton', { name: 'Desired retention' }).fill('85');
    await dialog.getByRole('combobox', { name: 'Thinking time' }).selectOption({ label: '30 s' });
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();

    await drills.study('Go');
    await expect(timer.group).toContainText('Thinking time');
    await expect(timer.pause).toBeVisible();
    expect(await timer.seconds()).toBeLessThanOrEqual(30);
    await app.page.keyboard.press('Space');
    await expect(drills.answer).toBeVisible();
    await expect(timer.start).toBeVisible();
    await expect(timer.group).not.toContainText('Thinking time');

    await app.page.keyboard.press('Escape');
    await app.page.getByRole('button', { name: 'Settings' }).click();
    await expect(dialog.getByRole('spinbutton', { name: 'Desired retention' })).toHaveValue('85');
    await expect(dialog.getByRole('combobox', { name: 'Thinking time' })).toHaveValue('30000');
  });
});

test.describe('accessibility', () => {
  test.use({ vaultFiles: { 'Go.md': GO_NOTE, 'Open.md': '## What is a closure?\n' } });

  test('the deck list, a question, an answer, an answer being written and the summary pass axe in both themes', async ({ app }) => {
    test.slow(); // five screens, two themes each
    const drills = new DrillsPage(app.page);
    await drills.open();
    await drills.expectCounts('Go', { new: 3, due: 0, total: 3 });
    await expectAccessibleInBothThemes(app.page, 'the deck list');
    await drills.study('Go');
    await expect(drills.showAnswer).toBeFocused();
    await expectAccessibleInBothThemes(app.page, 'a question');
    await app.page.keyboard.press('Space');
    await expect(drills.answer).toContainText('small stack');
    await expectAccessibleInBothThemes(app.page, 'an answer with the grades');
    await app.page.keyboard.press('Escape'); // no grade given: straight back to the decks
    await expect(drills.heading).toBeVisible();

    await drills.study('Open');
    await expect(drills.writeAnswer).toBeFocused();
    await app.page.keyboard.press('Space');
    await expect(drills.answerEditor).toBeFocused();
    await expectAccessibleInBothThemes(app.page, 'an answer being written');
    await app.page.keyboard.type('A function and its scope.');
    await app.page.keyboard.press('Control+Enter');
    await expect(drills.grade('Easy')).toBeVisible();
    await app.page.keyboard.press('4');
    await expect(drills.summary).toBeVisible();
    await expectAccessibleInBothThemes(app.page, 'the summary');
  });
});

test.describe('an unanswered card', () => {
  const NOTE = ['Intro line, kept as it is.  ', '', '## What is a closure?', '', '## Why use a mutex?', '', 'To guard shared state.', ''].join('\n');
  test.use({ vaultFiles: { 'Questions.md': NOTE } });

  test('writing its answer saves it into the note under the question, every other byte unchanged', async ({ app }) => {
    const drills = new DrillsPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await drills.open();
    await expect(drills.row('Questions')).toBeVisible();
    await app.page.getByRole('button', { name: /^Unanswered/ }).click();

    await expect(drills.question).toContainText('What is a closure?');
    // Cards from any note: each says which note it is from.
    await expect(app.page.locator('.card-context')).toHaveText('Questions');
    await expect(drills.showAnswer).toBeHidden();
    await expect(drills.writeAnswer).toBeFocused();
    await app.page.keyboard.press('Space');
    await expect(drills.answerEditor).toBeFocused();
    await app.page.keyboard.type('A function with the **variables** it closes over.');
    await app.page.keyboard.press('Control+Enter');

    // Then it goes on as any card: the answer shown, the grades offered.
    await expect(drills.answer).toContainText('A function with the variables it closes over.');
    await expect(drills.grade('Good')).toBeFocused();
    expect(await vault.read('Questions.md')).toBe(
      NOTE.replace('## What is a closure?\n', '## What is a closure?\n\nA function with the **variables** it closes over.\n'),
    );
    await app.page.keyboard.press('4'); // Easy: done for today (Good would bring it back in a few minutes)
    await expect(drills.summary).toBeVisible();
    await expect(drills.summaryValue('Cards')).toHaveText('1');
  });
});

test.describe('import and export', () => {
  test.use({ vaultFiles: { 'Go.md': GO_NOTE } });

  test('importing a TSV with a bad row reports the row by its line and makes the rest a note', async ({ app }) => {
    const drills = new DrillsPage(app.page);
    const notes = new NotesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await drills.open();
    const tsv = ['What is a mutex?\tA lock for shared state.', 'What is a semaphore?\tA counter of permits.', 'a row without any answer', 'What is a deadlock?\tTwo waiting on each other.', ''].join('\n');
    await drills.importFile('Concurrency.tsv', tsv);

    await expect(drills.importReport).toBeVisible();
    await expect(drills.importReport).toContainText('Imported 3 cards into “Concurrency”');
    await expect(drills.importReport).toContainText(/Skipped line 3\b/);
    expect(await vault.read('Concurrency.md')).toContain('What is a semaphore?');
    await expect(drills.importReport.getByRole('button', { name: 'Open the note' })).toBeFocused();
    await app.page.keyboard.press('Enter');
    await expect(notes.editorOf('Concurrency')).toBeVisible();

    await drills.open();
    await drills.expectCounts('Concurrency', { new: 3, due: 0, total: 3 });
  });

  test('exporting a deck downloads a tab-separated file of its cards', async ({ app }) => {
    const drills = new DrillsPage(app.page);
    await drills.open();
    const download = app.page.waitForEvent('download');
    await drills.exportButton('Go').click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^Go\.(txt|tsv)$/);
    const rows = parseTsv(await readFile(await file.path(), 'utf8'));
    expect(rows.map((row) => row[0])).toEqual(['Why is a goroutine cheap?', 'What does a channel do?', 'When does select block?']);
    expect(rows[1]![1]).toContain('ch &lt;- 42');
  });
});

test.describe('an empty vault', () => {
  test.use({ vaultFiles: { 'Plain.md': 'Just some text, no questions.\n' } });

  test('explains which lines become cards and offers to open Notes', async ({ app }) => {
    const drills = new DrillsPage(app.page);
    const notes = new NotesPage(app.page);
    await drills.open();
    await expect(app.page.getByRole('heading', { name: 'No questions in your notes yet' })).toBeVisible();
    await expect(app.page.getByText('## Why is a goroutine cheap?')).toBeVisible();
    await app.page.getByRole('button', { name: 'Open Notes' }).click();
    await expect(notes.tree).toBeVisible();
  });
});

/** Anki's text format: `#key:value` header lines, tab-separated fields, a field in quotes may hold tabs, newlines and "" for a quote. */
function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '#') {
      i = text.indexOf('\n', i) + 1 || text.length;
      continue;
    }
    const row: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) {
          field += text[i];
          i += text[i] === '"' ? 2 : 1;
        }
        i++;
      } else {
        while (i < text.length && text[i] !== '\t' && text[i] !== '\n') field += text[i++];
      }
      row.push(field);
      if (text[i] === '\t') i++;
      else break;
    }
    if (text[i] === '\n') i++;
    if (row.some((field) => field !== '')) rows.push(row);
  }
  return rows;
}
