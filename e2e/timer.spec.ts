/**
 * The header timer runs in the core, not in the page: it counts down,
 * pauses, and a reloaded page shows its true time at once and counts on.
 * Every check polls for what a user would see, so a slow machine only makes
 * the test slower; nothing waits a fixed time.
 */
import { expect, test } from './support/app-fixture';
import { expectAccessibleInBothThemes } from './support/axe';
import { HeaderTimer } from './support/header-timer';
import { NotesPage } from './support/notes-page';

test.use({ vaultFixture: 'sample' });

/** Tests that watch real seconds go by (and reload, and scan) get more than the usual budget, for a busy machine. */
const watchesTheClock = () => test.slow();

test('a one-minute countdown counts down, pauses, survives reloads with its true time, and resets', async ({ app }) => {
  watchesTheClock();
  const timer = new HeaderTimer(app.page);
  await timer.choosePreset('1 min');
  await expect(timer.time).toHaveText('1:00');
  await timer.start.click();
  await expect(timer.pause).toBeVisible();
  await expect(timer.time).toHaveText(/^0:5\d$/);

  await timer.pause.click();
  await expect(timer.resume).toBeVisible();
  const paused = await timer.seconds();
  await app.reload();
  // The first time the reloaded page shows is the core's: still paused, not reset.
  await expect(timer.time).toBeVisible();
  expect(await timer.seconds()).toBe(paused);
  await expect(timer.resume).toBeVisible();

  await timer.resume.click();
  await expect.poll(() => timer.seconds()).toBeLessThan(paused);
  const beforeReload = await timer.seconds();
  await app.reload();
  await expect(timer.time).toBeVisible();
  const afterReload = await timer.seconds();
  // A second of slack for a reading taken on a second's edge; 1:00 would mean it was reset.
  expect(afterReload).toBeLessThanOrEqual(beforeReload + 1);
  expect(afterReload).toBeLessThan(60);
  await expect(timer.pause).toBeVisible();
  await expect.poll(() => timer.seconds()).toBeLessThan(afterReload);

  await timer.reset.click();
  await expect(timer.time).toHaveText('1:00');
  await expect(timer.start).toBeVisible();
  await expect(timer.reset).toBeHidden();
});

test('Ctrl+Shift+Space starts, pauses and resumes the timer, even while typing in a note', async ({ app }) => {
  const notes = new NotesPage(app.page);
  const timer = new HeaderTimer(app.page);
  await notes.open('Event loop');
  await notes.editor.getByText('The event loop lets a single thread').click();
  await app.page.keyboard.press('Control+Shift+Space');
  await expect(timer.pause).toBeVisible();
  await app.page.keyboard.press('Control+Shift+Space');
  await expect(timer.resume).toBeVisible();
  await app.page.keyboard.press('Control+Shift+Space');
  await expect(timer.pause).toBeVisible();
  await expect(notes.editor).toBeFocused();
});

test('a custom countdown turns to the warning colour at 30 s left, and ends at 0:00 in the end colour', async ({ app }) => {
  watchesTheClock();
  const timer = new HeaderTimer(app.page);
  await timer.chooseCustom('0:31');
  await expect(timer.time).toHaveText('0:31');
  await timer.start.click();
  await expect(timer.time).toHaveAttribute('data-cue', 'warning');
  await expect(timer.time).toHaveText(/^0:(30|[0-2]\d)$/);
  // Paused, it keeps the warning colour: still for the scan, which checks its contrast.
  await timer.pause.click();
  await expect(timer.time).toHaveAttribute('data-cue', 'warning');
  await expectAccessibleInBothThemes(app.page, 'the header timer at 30 s left');
  await timer.reset.click();
  await expect(timer.time).toHaveAttribute('data-cue', 'none');

  await timer.chooseCustom('0:02');
  await timer.start.click();
  await expect(timer.time).toHaveText('0:00');
  await expect(timer.time).toHaveAttribute('data-cue', 'end');
  // Finished: it can start again, or run on for another minute.
  await expect(timer.start).toBeVisible();
  await timer.addMinute.click();
  await expect(timer.time).toHaveText(/^(1:00|0:5\d)$/);
  await expect(timer.pause).toBeVisible();
});

test('every open window shows the same timer', async ({ app }) => {
  test.skip(app.host !== 'browser', 'Opens a second browser tab; the desktop app sends every window the same events.');
  watchesTheClock();
  const other = await app.page.context().newPage();
  await other.goto(app.url!);
  const here = new HeaderTimer(app.page);
  const there = new HeaderTimer(other);
  await expect(there.start).toBeVisible();
  await here.start.click();
  await expect(there.pause).toBeVisible();
  await expect(there.time).toHaveText(/^0:5\d$/);
  await there.pause.click();
  await expect(here.resume).toBeVisible();
  await expect.poll(async () => (await there.time.textContent()) === (await here.time.textContent())).toBe(true);
  await other.close();
});
