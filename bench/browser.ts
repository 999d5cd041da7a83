/**
 * Figures measured in Chromium against browser mode (the same renderer as the
 * desktop app): opening a 1 MB note until the editor has painted it, and the
 * latency from a key press to the next painted frame while typing into a
 * 20,000-word note, with a plain textarea in the same page as the baseline.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../e2e/support/chromium';
import { startServer } from '../e2e/support/app-fixture';
import { median, percentile, round } from './stats';
import { noteText } from './vault-fixture';

const KEYSTROKES = 200;
/** Opens of the big note measured after the first one; the figure is their median. */
const OPENS = 5;

export async function measure(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'coach-bench-browser-'));
  const vault = join(dir, 'vault');
  await mkdir(vault, { recursive: true });
  await writeFile(join(vault, 'Big note.md'), sizedNote(1_000_000));
  await writeFile(join(vault, 'Long story.md'), wordsNote(20_000));
  await writeFile(join(vault, 'Small.md'), '# Small\n\nA short note.\n');
  const server = await startServer({ vault, dataDir: join(dir, 'data') });
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await browser.newPage();
    // tsx compiles this file with esbuild's keepNames, which wraps the named
    // functions inside the callbacks given to page.evaluate in calls to a
    // `__name` helper that exists only in Node: define it in the page too.
    await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    await page.goto(server.url);
    await page.getByRole('tree', { name: 'Notes' }).waitFor();
    const firstOpen = await openTime(page, 'Big note');
    // Later opens: the app has run the editor's code before, as it has once it was used for a minute.
    const opens: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      await openNote(page, 'Small');
      opens.push(await openTime(page, 'Big note'));
    }
    await openNote(page, 'Long story');
    const keystroke = await keystrokeLatencies(page, page.getByRole('textbox', { name: 'Editor: Long story' }));
    const textarea = await keystrokeLatencies(page, await plainTextarea(page));
    return {
      note_open_1mb_ms: round(median(opens)),
      note_open_1mb_first_ms: round(firstOpen),
      keystroke_p95_ms: round(percentile(keystroke, 95)),
      keystroke_textarea_p95_ms: round(percentile(textarea, 95)),
    };
  } finally {
    await browser.close();
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** A note of about `bytes` of varied Markdown: headings, lists, code. */
function sizedNote(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = noteText(i, 5000).replace(/^---[\s\S]*?---\n/, '');
    parts.push(part);
    size += part.length + 1;
  }
  return parts.join('\n');
}

/** Paragraphs of prose, about `words` words. */
function wordsNote(words: number): string {
  const sentence = 'I led the migration of our billing service to a queue based design and cut failed payments by a third. ';
  const perParagraph = 120;
  const paragraphs = Math.ceil(words / perParagraph);
  const paragraph = sentence.repeat(Math.ceil(perParagraph / sentence.split(' ').length)).trim();
  return Array.from({ length: paragraphs }, (_, i) => (i % 10 === 0 ? `## Part ${i / 10 + 1}\n\n${paragraph}` : paragraph)).join('\n\n') + '\n';
}

async function openNote(page: Page, title: string): Promise<void> {
  await page.getByRole('treeitem', { name: title, exact: true }).click();
  await page.getByRole('textbox', { name: `Editor: ${title}` }).waitFor({ timeout: 120_000 });
  // A long note opens with its start and loads the rest in the background
  // ("Loading… n%" in the status bar): its end exists only once that is done.
  await page.getByRole('status').filter({ hasText: /^Loading…/ }).waitFor({ state: 'detached', timeout: 120_000 });
}

/**
 * From the click on the note to the end of the first frame that paints its
 * editor with text: the check runs in each frame's animation callbacks, and
 * a message posted from there is handled once that frame is painted.
 */
async function openTime(page: Page, title: string): Promise<number> {
  const item = page.getByRole('treeitem', { name: title, exact: true });
  await item.waitFor();
  const handle = await item.elementHandle();
  return page.evaluate(
    ([element, name]) =>
      new Promise<number>((resolve) => {
        const started = performance.now();
        const afterPaint = new MessageChannel();
        afterPaint.port1.onmessage = () => resolve(performance.now() - started);
        const check = () => {
          const editor = document.querySelector(`[role="textbox"][aria-label="Editor: ${name}"]`);
          if (editor && editor.textContent && editor.textContent.length > 0) afterPaint.port2.postMessage(null);
          else requestAnimationFrame(check);
        };
        (element as HTMLElement).click();
        requestAnimationFrame(check);
      }),
    [handle, title] as const,
  );
}

/** Types into `target` one key at a time and returns, per key, ms from keydown to the next painted frame. */
async function keystrokeLatencies(page: Page, target: import('@playwright/test').Locator): Promise<number[]> {
  await target.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const samples: number[] = [];
    (window as unknown as { __latencies: number[] }).__latencies = samples;
    document.addEventListener(
      'keydown',
      (event) => {
        const pressed = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - pressed), 0));
      },
      { capture: true },
    );
  });
  const text = 'and the result was measurable '.repeat(Math.ceil(KEYSTROKES / 30)).slice(0, KEYSTROKES);
  for (const char of text) {
    await page.keyboard.type(char);
    await page.waitForTimeout(40); // one key at a time: each latency is its own
  }
  await page.waitForTimeout(200);
  const samples = await page.evaluate(() => {
    const all = (window as unknown as { __latencies: number[] }).__latencies;
    (window as unknown as { __latencies: number[] }).__latencies = [];
    return all.splice(0);
  });
  await page.evaluate(() => location.reload());
  await page.getByRole('tree', { name: 'Notes' }).waitFor();
  return samples.slice(5); // the first keys warm up the JIT
}

/** A textarea holding the same 20,000 words, in the same page, as the baseline. */
async function plainTextarea(page: Page) {
  await page.evaluate((value) => {
    const area = document.createElement('textarea');
    area.setAttribute('aria-label', 'Baseline textarea');
    area.style.cssText = 'position:fixed;inset:40px;z-index:100;';
    area.value = value;
    document.body.append(area);
  }, wordsNote(20_000));
  return page.getByRole('textbox', { name: 'Baseline textarea' });
}
