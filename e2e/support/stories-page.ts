/** Page object for the Stories screen: the story bank and an open story, the questions, the matrix, rehearsal. */
import { expect, type Locator, type Page } from '@playwright/test';

export class StoriesPage {
  /** The rail's "Stories" item. */
  readonly navItem: Locator;
  readonly heading: Locator;
  readonly newStory: Locator;
  readonly list: Locator;
  readonly coach: Locator;
  readonly findings: Locator;
  readonly rehearse: Locator;
  readonly rehearsal: Locator;

  constructor(readonly page: Page) {
    this.navItem = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Stories' });
    this.heading = page.getByRole('heading', { name: 'Stories', level: 1 });
    this.newStory = page.getByRole('button', { name: 'New story', exact: true });
    this.list = page.getByRole('list', { name: 'Stories' });
    this.coach = page.getByRole('complementary', { name: 'Coach' });
    this.findings = this.coach.getByRole('listitem');
    this.rehearse = page.getByRole('button', { name: 'Rehearse', exact: true });
    this.rehearsal = page.getByRole('dialog', { name: /^Rehearse “/ });
  }

  /** Ctrl+3, as the rail's tooltip says. */
  async open(): Promise<void> {
    await expect(this.navItem).toBeVisible();
    await this.page.keyboard.press('Control+3');
    await expect(this.heading).toBeVisible();
  }

  tab(name: 'Story bank' | 'Questions' | 'Matrix'): Locator {
    return this.page.getByRole('tab', { name });
  }

  /** A story in the list, by its title. */
  row(title: string): Locator {
    return this.list.getByRole('button', { name: new RegExp(`^${escape(title)}`) });
  }

  editor(title: string): Locator {
    return this.page.getByRole('textbox', { name: `Editor: ${title}` });
  }

  /** "New story", a title, "Create story": the new story opens. */
  async create(title: string): Promise<void> {
    await this.newStory.click();
    const dialog = this.page.getByRole('dialog', { name: 'New story' });
    await dialog.getByRole('textbox', { name: 'Title' }).fill(title);
    await dialog.getByRole('button', { name: 'Create story' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.editor(title)).toBeVisible();
  }

  /** Types `text` as the body of a section: at the end of its heading, Enter, then the text. */
  async writeSection(title: string, section: string, text: string): Promise<void> {
    // On the heading's words: below them an empty section's hint takes the click.
    await this.editor(title).getByRole('heading', { name: section, exact: true }).click({ position: { x: 4, y: 12 } });
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text);
  }

  /** Clicks the hint drawn under an empty section's heading, and types. */
  async writeUnderHint(title: string, section: string, text: string): Promise<void> {
    const heading = this.editor(title).getByRole('heading', { name: section, exact: true });
    const box = (await heading.boundingBox())!;
    await heading.click({ position: { x: 8, y: box.height - 4 } });
    await this.page.keyboard.type(text);
  }

  finding(text: string | RegExp): Locator {
    return this.findings.filter({ hasText: text });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
