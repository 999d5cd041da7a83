/**
 * `npx tsx scripts/screenshots.ts [OUT_DIR]`: screenshots of the main screens
 * in light and dark, in browser mode over the sample vault, for looking at
 * what we build. Needs a build (`npm run build`).
 */
import { cp, mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { startServer } from '../e2e/support/app-fixture';

const ROOT = resolve(import.meta.dirname, '..');
const out = resolve(process.argv[2] ?? join(tmpdir(), 'coach-shots'));

/** `cleanUp` undoes what outlives the page: the timer runs in the server, so the next shots would show it. */
type Shot = { name: string; prepare: (page: Page) => Promise<void>; cleanUp?: (page: Page) => Promise<void> };

/** Opens a note through quick open, as a user would. */
const openNote = (title: string) => async (page: Page) => {
  await page.keyboard.press('Control+p');
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
  await page.getByRole('textbox', { name: `Editor: ${title}` }).waitFor();
};

const SHOTS: Shot[] = [
  { name: 'notes-empty', prepare: async () => undefined },
  { name: 'note-open', prepare: openNote('Event loop') },
  { name: 'interview-note', prepare: openNote('Interview notes') },
  {
    name: 'quick-open',
    prepare: async (page) => {
      await page.keyboard.press('Control+p');
      await page.keyboard.type('ev');
    },
  },
  {
    name: 'search',
    prepare: async (page) => {
      await page.keyboard.press('Control+Shift+f');
      await page.keyboard.type('microtask');
      await page.waitForTimeout(300);
    },
  },
  { name: 'shortcuts', prepare: async (page) => void (await page.keyboard.press('F1')) },
  {
    name: 'timer-running',
    prepare: async (page) => {
      await openNote('Event loop')(page);
      await page.getByRole('button', { name: 'Start' }).click();
      await page.getByRole('button', { name: 'Pause' }).waitFor();
      await page.mouse.move(640, 500); // the resting look, not the button's hover
      await page.waitForTimeout(1200);
    },
    cleanUp: (page) => page.getByRole('button', { name: 'Reset' }).click(),
  },
];

async function main() {
  await mkdir(out, { recursive: true });
  const dir = await mkdtemp(join(tmpdir(), 'coach-shots-'));
  await cp(join(ROOT, 'e2e', 'fixtures', 'vaults', 'sample'), join(dir, 'vault'), { recursive: true });
  const server = await startServer({ vault: join(dir, 'vault'), dataDir: join(dir, 'data') });
  const welcome = await startServer({ dataDir: join(dir, 'data-welcome') });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 800 } });
      for (const shot of SHOTS) {
        const page = await context.newPage();
        await page.goto(server.url);
        await page.getByRole('tree', { name: 'Notes' }).waitFor();
        await shot.prepare(page);
        await page.waitForTimeout(200);
        await page.screenshot({ path: join(out, `${shot.name}-${colorScheme}.png`) });
        await shot.cleanUp?.(page);
        await page.close();
      }
      const page = await context.newPage();
      await page.goto(welcome.url);
      await page.getByRole('heading', { name: 'Interview Coach' }).waitFor();
      await page.screenshot({ path: join(out, `welcome-${colorScheme}.png`) });
      await page.close();
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
    await welcome.stop();
  }
  process.stdout.write(`Screenshots in ${out}\n`);
}

await main();
