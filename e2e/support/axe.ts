/** Accessibility scans with axe-core: WCAG 2 A and AA, in the light and the dark theme. */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';

const FAILING_IMPACTS = new Set(['serious', 'critical']);

/** Fails on any serious or critical violation, listing each with the elements it was found on. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa'])
    // Legacy mode runs axe in the page itself; the default opens a second page to
    // merge frame results, which Electron's windows cannot do. The app has no iframes.
    .setLegacyMode(true)
    .analyze();
  const failing = results.violations.filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''));
  expect(failing.map(describe), `axe violations on ${screen}`).toEqual([]);
}

/**
 * Scans what is on screen now in both themes. The theme follows the system
 * by default, so emulating the colour scheme switches it without touching the
 * user's saved choice.
 */
export async function expectAccessibleInBothThemes(page: Page, screen: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    await expectAccessible(page, `${screen} (${colorScheme})`);
  }
}

function describe(violation: Result): string {
  const where = violation.nodes
    .slice(0, 5)
    .map((node) => `${node.target.join(' ')}: ${node.failureSummary?.split('\n').slice(1).join(' ').trim() ?? ''}`)
    .join('\n    ');
  return `${violation.impact} ${violation.id}: ${violation.help}\n    ${where}`;
}
