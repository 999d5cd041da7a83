/**
 * Mock interviews end to end with Chromium's fake microphone: a two-question
 * session with a recording and typed answers, a reload in the middle that
 * resumes where it was, the review and the report on disk; and a session
 * with the microphone denied, typed only; one whose microphone is unplugged
 * mid-answer.
 */
import { expect, test } from './support/app-fixture';
import { MockPage } from './support/mock-page';
import { VaultFiles } from './support/vault-files';

const GO_NOTE = ['# Go', '', '## Why is a goroutine cheap?', '', 'It starts with a small stack.', '', '## What does a channel do?', '', 'It passes values between goroutines.', ''].join('\n');

test.describe('a technical interview', () => {
  test.use({ vaultFiles: { 'Go.md': GO_NOTE } });

  test('two questions, a recording and typed answers, a reload that resumes, then the review and the report', async ({ app }) => {
    test.slow(); // a recording, a reload, two answers
    const mock = new MockPage(app.page);
    const vault = new VaultFiles(app.vaultDir);
    await mock.open();
    await expect(mock.heading).toBeVisible();
    await mock.custom({ kind: 'Technical', count: 2, think: 0, answer: 60 });
    await mock.start.click();

    await expect(mock.question).toHaveText(/goroutine cheap|channel do/);
    const first = (await mock.question.textContent())!;
    await mock.answer.click();
    await app.page.keyboard.type('It grows its stack as needed.');
    await expect(mock.clock).toHaveText(/^0:[0-5]\d$/);

    // A reload mid-answer: the same question, the words typed so far, the clock still running.
    await app.page.waitForTimeout(800); // the answer is sent a moment after typing stops
    await app.reload();
    await mock.open();
    await expect(mock.question).toHaveText(first);
    await expect(mock.answer).toContainText('It grows its stack as needed.');

    await mock.record.click();
    await expect(mock.level).toBeVisible();
    await app.page.waitForTimeout(1500);
    await mock.answer.click();
    await app.page.keyboard.press('Control+Enter');

    await expect(mock.question).not.toHaveText(first);
    await mock.answer.click();
    await app.page.keyboard.type('Sends values from one goroutine to another.');
    await mock.next.click(); // "Finish" on the last question

    await expect(mock.reviewItem(1)).toContainText('It grows its stack as needed.');
    await expect(mock.reviewItem(1).locator('audio')).toHaveCount(1);
    await expect(mock.reviewItem(1)).toContainText(/Talk \d+:\d\d · silence \d+:\d\d/);
    await expect(mock.reviewItem(2)).toContainText('Sends values from one goroutine to another.');
    // The reference answer from the note, under whichever question came first.
    await expect(mock.reviewItem(1)).toContainText(first.includes('goroutine cheap') ? 'It starts with a small stack.' : 'It passes values between goroutines.');
    await mock.reviewItem(1).getByRole('radio', { name: '4' }).check();

    const reports = (await vault.list()).filter((path) => path.startsWith('Mock interviews/') && path.endsWith('.md'));
    expect(reports).toHaveLength(1);
    await expect.poll(() => vault.read(reports[0]!)).toContain('It grows its stack as needed.');
    const report = await vault.read(reports[0]!);
    expect(report).toContain('Sends values from one goroutine to another.');
    const recording = /\]\(([^)]+\.webm)\)/.exec(report)?.[1];
    expect(recording, 'a link to the recording').toBeTruthy();
    const recordings = (await vault.list()).filter((path) => path.endsWith('.webm'));
    expect(recordings).toHaveLength(1);
    expect((await vault.bytes(recordings[0]!)).length).toBeGreaterThan(1000);
  });
});

test.describe('without a microphone', () => {
  test.use({ microphone: 'denied' });

  test('the interview says so once and goes on with typed answers', async ({ app }) => {
    const mock = new MockPage(app.page);
    await mock.open();
    await mock.custom({ kind: 'Behavioral', count: 1, think: 0, answer: 60 });
    await mock.start.click();
    await expect(mock.question).not.toBeEmpty();
    await mock.record.click();
    await expect(app.page.getByText(/microphone is not allowed/).first()).toBeVisible();
    await expect(mock.record).toBeDisabled();
    await mock.answer.click();
    await app.page.keyboard.type('I told my manager the risks and we agreed on a smaller launch.');
    await mock.next.click();
    await expect(mock.reviewItem(1)).toContainText('I told my manager the risks');
    await expect(mock.reviewItem(1).locator('audio')).toHaveCount(0);
  });
});

test.describe('a microphone unplugged mid-answer', () => {
  test.use({ vaultFiles: { 'Go.md': GO_NOTE } });

  test('keeps what was recorded with its answer and goes on typed', async ({ app }) => {
    const mock = new MockPage(app.page);
    await mock.open();
    await mock.custom({ kind: 'Technical', count: 2, think: 0, answer: 60 });
    await mock.start.click();
    await expect(mock.question).not.toBeEmpty();
    await mock.unplugMicrophoneOnNextRecording();
    await mock.record.click();
    await expect(mock.level).toBeVisible();
    await app.page.waitForTimeout(1500);
    await mock.unplugMicrophone();

    await expect(app.page.getByText(/microphone went away while recording/)).toBeVisible();
    await expect(app.page.getByText(/microphone was unplugged, so answers are typed/)).toBeVisible();
    await expect(mock.record).toBeDisabled();
    const vault = new VaultFiles(app.vaultDir);
    // Saved at once, not only when the answer ends.
    await expect.poll(async () => (await vault.list()).filter((path) => path.endsWith('.webm')).length).toBe(1);

    await mock.answer.click();
    await app.page.keyboard.type('Typed after the microphone went.');
    const first = (await mock.question.textContent())!;
    await mock.next.click();
    await expect(mock.question).not.toHaveText(first);
    await mock.answer.click();
    await app.page.keyboard.type('The second answer, typed.');
    await mock.next.click();
    await expect(mock.reviewItem(1).locator('audio')).toHaveCount(1);
    await expect(mock.reviewItem(1)).toContainText('Typed after the microphone went.');
    await expect(mock.reviewItem(2)).toContainText('The second answer, typed.');
  });
});
