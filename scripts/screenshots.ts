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

/** The Drills screen (Ctrl+2), its deck list in view. */
const openDrills = async (page: Page) => {
  await page.keyboard.press('Control+2');
  await page.getByRole('button', { name: 'Study Event loop' }).waitFor();
};

/** A drill of one deck, its first card on screen. */
const studyDeck = (deck: string) => async (page: Page) => {
  await openDrills(page);
  await page.getByRole('button', { name: `Study ${deck}`, exact: true }).click();
  await page.getByRole('button', { name: /^(Show answer|Write an answer)/ }).waitFor();
};

/** Grades given by the summary shot, taken back afterwards so the next theme's shots start from the same state. */
let summaryGrades = 0;

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
  { name: 'drills-decks', prepare: openDrills },
  {
    name: 'drills-question',
    prepare: async (page) => {
      await studyDeck('Event loop')(page);
      await page.mouse.move(640, 300);
      await page.waitForTimeout(1200); // the thinking time counting
    },
    cleanUp: async (page) => {
      await page.getByRole('button', { name: 'End session' }).click();
      await page.getByRole('heading', { name: 'Drills', level: 1 }).waitFor();
    },
  },
  {
    name: 'drills-write-answer',
    prepare: async (page) => {
      await openDrills(page);
      await page.getByRole('button', { name: /^Unanswered/ }).click();
      await page.getByRole('button', { name: /^Write an answer/ }).click();
      await page.getByRole('textbox', { name: 'Your answer' }).waitFor();
      await page.keyboard.type('A goroutine starts with a **2 KB** stack that grows;');
      await page.keyboard.press('Enter');
      await page.keyboard.type('- the runtime multiplexes them over a few threads');
    },
    cleanUp: async (page) => {
      await page.getByRole('button', { name: 'Cancel' }).click();
      await page.getByRole('button', { name: 'End session' }).click();
      await page.getByRole('heading', { name: 'Drills', level: 1 }).waitFor();
    },
  },
  {
    name: 'drills-answer',
    prepare: async (page) => {
      await studyDeck('Interview notes')(page);
      await page.keyboard.press('Space');
      await page.getByRole('region', { name: 'Answer', exact: true }).waitFor();
      await page.mouse.move(640, 300);
    },
    cleanUp: async (page) => {
      await page.getByRole('button', { name: 'End session' }).click();
      await page.getByRole('heading', { name: 'Drills', level: 1 }).waitFor();
    },
  },
  {
    name: 'drills-summary',
    prepare: async (page) => {
      await studyDeck('Event loop')(page);
      summaryGrades = 0;
      const summary = page.getByRole('region', { name: 'Session complete' });
      for (const key of ['3', '4', '4', '4', '4']) {
        if (await summary.isVisible()) break;
        await page.getByRole('button', { name: /^Show answer/ }).click();
        await page.getByRole('button', { name: /^Good/ }).waitFor();
        await page.keyboard.press(key);
        summaryGrades++;
        await page.getByRole('button', { name: /^Show answer/ }).or(summary).waitFor();
      }
      await page.getByRole('term').filter({ hasText: 'Cards' }).waitFor();
    },
    cleanUp: async (page) => {
      for (; summaryGrades > 0; summaryGrades--) {
        await page.keyboard.press('Control+z');
        await page.getByRole('button', { name: /^Show answer/ }).waitFor();
        await page.waitForTimeout(100);
      }
      // Ends the drill, which resets the header timer its thinking time was on.
      await page.getByRole('button', { name: 'End session' }).click();
      await page.getByRole('heading', { name: 'Drills', level: 1 }).waitFor();
    },
  },
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
