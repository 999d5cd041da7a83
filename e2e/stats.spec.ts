/** The Stats screen: practice shows up in the calendar, retention and the forecast; the streak is opt-in; readable in both themes. */
import { expect, test } from './support/app-fixture';
import { expectAccessibleInBothThemes } from './support/axe';
import { DrillsPage } from './support/drills-page';

test.use({ vaultFiles: { 'Go.md': '# Go\n\n## Why is a goroutine cheap?\n\nIt starts with a small stack.\n' } });

test('a graded card shows in the practice calendar and the forecast; the streak shows once asked for', async ({ app }) => {
  test.slow(); // a drill, then the stats, in two themes
  const drills = new DrillsPage(app.page);
  await drills.open();
  await drills.study('Go');
  await drills.answerWith('4'); // Easy: out of learning, due again in days
  await expect(drills.summary).toBeVisible();

  await app.page.keyboard.press('Control+5');
  await expect(app.page.getByRole('heading', { name: 'Stats', level: 1 })).toBeVisible();
  await expect(app.page.getByText(/1 day with practice · 1 card reviewed/)).toBeVisible();
  await expect(app.page.getByRole('img', { name: '1 day with practice in the last 12 months' })).toBeVisible();
  await expect(app.page.getByText(/^1 card, 0 of them today/)).toBeVisible();
  await expect(app.page.getByText('No mock interviews yet', { exact: false })).toBeVisible();

  await expect(app.page.getByText(/in a row/)).toBeHidden();
  await app.page.getByRole('checkbox', { name: 'Show my streak' }).check();
  await expect(app.page.getByText(/1 day in a row · longest 1/)).toBeVisible();
  await expectAccessibleInBothThemes(app.page, 'the stats');
});
