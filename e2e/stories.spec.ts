/**
 * The Stories screen end to end: a story created from the template and
 * written section by section with the coach following the typing, linked to
 * a question, its competencies filling the matrix, rehearsed on the header
 * timer with the date going into its front matter; stories edited elsewhere
 * with sections missing or out of order; accessibility in both themes.
 */
import { expect, test } from './support/app-fixture';
import { expectAccessibleInBothThemes } from './support/axe';
import { HeaderTimer } from './support/header-timer';
import { StoriesPage } from './support/stories-page';
import { VaultFiles } from './support/vault-files';

const SITUATION = 'Our checkout service failed every Friday evening during peak traffic.';
const TASK = 'I owned the fix because I was the on-call lead that quarter.';
const ACTION = 'I traced the failures to a connection pool limit and rewrote the retry logic.';

test.describe('a new story', () => {
  test('is created from the template; the coach follows the typing and asks for the Result; the file holds the sections', async ({ app }) => {
    test.slow(); // four sections typed key by key (34 s once on a busy machine)
    const stories = new StoriesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await stories.open();
    await expect(app.page.getByText('No stories yet.')).toBeVisible();
    await stories.create('Checkout outage');

    // The guided blocks: an empty section shows its hint and its count.
    const editor = stories.editor('Checkout outage');
    await expect(editor.getByRole('heading', { name: 'Situation', exact: true })).toHaveAttribute('data-star-hint', /.+/);
    await expect(editor.getByRole('heading', { name: 'Situation', exact: true })).toHaveAttribute('data-star-meta', '0 words · 0:00');

    await stories.writeSection('Checkout outage', 'Situation', SITUATION);
    await stories.writeSection('Checkout outage', 'Task', TASK);
    await stories.writeSection('Checkout outage', 'Action', ACTION);
    await expect(editor.getByRole('heading', { name: 'Action', exact: true })).toHaveAttribute('data-star-meta', '14 words · 0:06');
    await expect(editor.getByRole('heading', { name: 'Situation', exact: true })).not.toHaveAttribute('data-star-hint', /.*/);
    const askForResult = stories.finding(/Result/);
    await expect(askForResult.first()).toBeVisible();

    // The finding points at its place in the text.
    await askForResult.first().getByRole('button').click();
    await expect(editor).toBeFocused();

    await app.page.keyboard.press('Control+s');
    await expect.poll(() => vault.read('Stories/Checkout outage.md')).toContain(`## Situation\n\n${SITUATION}\n\n## Task\n\n${TASK}\n\n## Action\n\n${ACTION}\n`);
    const file = await vault.read('Stories/Checkout outage.md');
    expect(file).toMatch(/^---\n[\s\S]*title: Checkout outage[\s\S]*\n---\n/);
    expect(file).toContain('## Result');

    // A click on an empty section's hint writes under its heading.
    await stories.writeUnderHint('Checkout outage', 'Result', 'Failed payments fell by a third.');
    await app.page.keyboard.press('Control+s');
    await expect.poll(() => vault.read('Stories/Checkout outage.md')).toContain('## Result\n\nFailed payments fell by a third.\n');
  });
});

test.describe('a story with competencies and questions', () => {
  const STORY = [
    '---',
    'title: Pushback on the launch date',
    'competencies: [influence-and-persuasion]',
    'target: 90',
    '---',
    '# Pushback on the launch date',
    '',
    '## Situation',
    '',
    'Our director wanted the payments launch two weeks early.',
    '',
    '## Task',
    '',
    'I had to tell him what that would cost.',
    '',
    '## Action',
    '',
    'I wrote down the three risks, showed the incident data from the last rushed launch, and proposed a smaller first release.',
    '',
    '## Result',
    '',
    'We shipped the smaller release on the early date and the rest two weeks later, with zero incidents.',
    '',
  ].join('\n');
  test.use({ vaultFiles: { 'Stories/Pushback.md': STORY } });

  test('linking a question and adding a competency update the story file and the matrix', async ({ app }) => {
    const stories = new StoriesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await stories.open();
    await expect(stories.editor('Pushback on the launch date')).toBeVisible();

    await stories.tab('Matrix').click();
    await expect(app.page.getByText('No story for conflict yet')).toBeVisible();

    await stories.tab('Story bank').click();
    await app.page.getByRole('button', { name: 'Competencies…' }).click();
    const dialog = app.page.getByRole('dialog', { name: /^Competencies of/ });
    await dialog.getByRole('checkbox', { name: /^Conflict/ }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(() => vault.read('Stories/Pushback.md')).toContain('competencies: [conflict, influence-and-persuasion]');

    await stories.tab('Matrix').click();
    await expect(app.page.getByText('No story for conflict yet')).toBeHidden();
    await expect(app.page.getByRole('table').getByLabel('Pushback on the launch date covers Conflict')).toBeVisible();

    await stories.tab('Questions').click();
    const question = app.page.getByRole('listitem').filter({ hasText: /disagreed with your manager/i }).first();
    await expect(question).toBeVisible();
    await question.getByRole('combobox', { name: /^Story for “/ }).selectOption({ label: 'Pushback on the launch date' });
    await question.getByRole('button', { name: 'Link', exact: true }).click();
    await expect(question.getByRole('button', { name: 'Answered by “Pushback on the launch date”' })).toBeVisible();
    await expect.poll(() => vault.read('Stories/Pushback.md')).toMatch(/questions:.*disagreed with your manager/is);
    // Every other byte of the story is as it was.
    expect((await vault.read('Stories/Pushback.md')).split('\n---\n')[1]).toBe(STORY.split('\n---\n')[1]);
  });

  test('the competencies can be edited: a new one is a gap until a story covers it; a removed one stays in the story', async ({ app }) => {
    const stories = new StoriesPage(app.page);
    await stories.open();
    await stories.tab('Matrix').click();
    await app.page.getByRole('button', { name: 'Edit competencies…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Competencies' });
    await dialog.getByRole('button', { name: 'Add competency' }).click();
    await dialog.getByRole('textbox', { name: /^Name of competency \d+$/ }).last().fill('System design');
    await dialog.getByRole('button', { name: 'Remove Influence and persuasion' }).click();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(app.page.getByText('No story for system design yet')).toBeVisible();

    await stories.tab('Story bank').click();
    await expect(app.page.getByRole('list', { name: 'Competencies' }).getByText('influence-and-persuasion?')).toBeVisible();
  });

  test('rehearsing runs the header timer over the target with the phase shown, and records the date', async ({ app }) => {
    const stories = new StoriesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    const timer = new HeaderTimer(app.page);
    await stories.open();
    await stories.rehearse.click();
    await expect(stories.rehearsal.getByRole('region', { name: 'Outline' })).toContainText('three risks');
    await expect(stories.rehearsal.getByText('No takes yet')).toBeVisible();
    await stories.rehearsal.getByRole('checkbox', { name: 'Record this take' }).check();
    await stories.rehearsal.getByRole('button', { name: 'Start 1:30' }).click();
    // The modal keeps the page behind it out of the accessibility tree, the header's timer too: read it as drawn.
    await expect(app.page.locator('.app-header [role="timer"]')).toHaveText(/^1:(30|29|28)$/);
    await expect(stories.rehearsal.getByRole('status')).toContainText(/Now: Situation · 0:0[0-3] of 1:30/);
    await expect(stories.rehearsal.getByRole('status')).toContainText(/· 0:0[2-5] of 1:30/);
    await expect(stories.rehearsal.getByText('Recording')).toBeVisible();
    // "Recording" shows once the microphone has started; the take needs a moment of sound after that.
    await app.page.waitForTimeout(1500);
    await stories.rehearsal.getByRole('button', { name: 'Finished telling' }).click();
    // The take is kept beside the story, to play back.
    const takes = stories.rehearsal.getByRole('list', { name: 'Takes' });
    await expect(takes.getByRole('listitem')).toHaveCount(1);
    await expect(takes.locator('audio')).toHaveCount(1);
    const saved = (await vault.list()).filter((path) => path.startsWith('Stories/Takes/Pushback/'));
    expect(saved).toHaveLength(1);
    expect((await vault.bytes(saved[0]!)).length).toBeGreaterThan(1000);
    await stories.rehearsal.getByRole('radio', { name: /^4/ }).check();
    await stories.rehearsal.getByRole('button', { name: 'Mark rehearsed' }).click();
    await expect(stories.rehearsal).toBeHidden();
    const today = await app.page.evaluate(() => new Date().toLocaleDateString('sv-SE'));
    await expect.poll(() => vault.read('Stories/Pushback.md')).toContain(`last_rehearsed: ${today}`);
    await expect(stories.row('Pushback on the launch date')).toContainText('Rehearsed today');
    // Marked rehearsed, the countdown it ran is put back.
    await expect(timer.start).toBeVisible();
  });
});

test.describe('stories edited elsewhere', () => {
  test.use({
    vaultFiles: {
      'Stories/No front matter.md': '# Migration\n\n## Action\n\nI moved 40 services to the new cluster.\n\n## Situation\n\nThe old cluster was end of life.\n',
      'Stories/Renamed.md': '---\ntitle: Renamed sections\n---\n\n## Context\n\nA legacy billing system.\n\n## What I did\n\nI rewrote it.\n',
    },
  });

  test('open, keep every byte, and the coach says what is missing', async ({ app }) => {
    const stories = new StoriesPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    const before = await vault.read('Stories/No front matter.md');
    await stories.open();
    await stories.row('Migration').click();
    await expect(stories.editor('Migration')).toBeVisible();
    await expect(stories.finding(/Task/).first()).toBeVisible();
    await expect(stories.finding(/Result/).first()).toBeVisible();
    await stories.row('Renamed sections').click();
    await expect(stories.editor('Renamed sections')).toBeVisible();
    // “Context” reads as the Situation and “What I did” as the Action: only Task and Result are missing.
    await expect(stories.editor('Renamed sections').getByRole('heading', { name: 'Context' })).toHaveAttribute('data-star-kind', 'situation');
    await expect(stories.finding(/No Task section/)).toBeVisible();
    await expect(stories.finding(/No Result section/)).toBeVisible();
    await expect(stories.finding(/No Situation section/)).toHaveCount(0);
    expect(await vault.read('Stories/No front matter.md')).toBe(before);
  });
});

test.describe('accessibility', () => {
  test.use({ vaultFiles: { 'Stories/Outage.md': `---\ntitle: Outage\ncompetencies: [ownership]\n---\n\n## Situation\n\n${SITUATION}\n\n## Task\n\n${TASK}\n\n## Action\n\n${ACTION}\n\n## Result\n\nNo Friday failure since.\n` } });

  test('the story bank with a story open, the questions and the matrix pass axe in both themes', async ({ app }) => {
    test.slow();
    const stories = new StoriesPage(app.page);
    await stories.open();
    await expect(stories.editor('Outage')).toBeVisible();
    await expect(stories.findings.first()).toBeVisible();
    await expectAccessibleInBothThemes(app.page, 'the story bank');
    await stories.tab('Questions').click();
    await expect(app.page.getByRole('list', { name: 'Behavioral questions' })).toBeVisible();
    await expectAccessibleInBothThemes(app.page, 'the questions');
    await stories.tab('Matrix').click();
    await expect(app.page.getByRole('table')).toBeVisible();
    await expectAccessibleInBothThemes(app.page, 'the matrix');
  });
});
