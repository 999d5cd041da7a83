/**
 * The first note opened in a fresh window pays for compiling the Markdown
 * parser, Lexical's update path and a few Unicode regexes: hundreds of
 * milliseconds on a slow machine. Doing that once while the app is idle makes
 * the first real open as fast as the later ones.
 */
import { $exportDocument, $importDocument, createMarkdownEditor, parseDocument } from './markdown';
import { countWords } from './word-count';

const SAMPLE = [
  '---',
  'tags: [warm, up]',
  '---',
  '# Heading',
  '',
  'Some *emphasis*, **strong**, `code`, a [link](x.md) and #tag.',
  '',
  '- item',
  '  - nested',
  '1. first',
  '- [ ] task',
  '',
  '> quote',
  '',
  '```js',
  'const a = 1;',
  '```',
  '',
  '| a | b |',
  '| - | - |',
  '| 1 | 2 |',
  '',
].join('\n');

/**
 * V8 optimises a function only after it has run a number of times: one pass
 * over the sample compiles the code, a few more get the parser's hot loops
 * optimised. Each round is one idle callback.
 */
const ROUNDS = 6;

let rounds = 0;

function warmUpEditor(): void {
  rounds++;
  const doc = parseDocument(SAMPLE);
  const editor = createMarkdownEditor();
  editor.update(() => $importDocument(doc), { discrete: true });
  editor.read(() => $exportDocument(doc, { forceFull: true }));
  countWords(SAMPLE);
}

/** Runs the warm-up rounds when the page is idle (Chromium and Electron both have idle callbacks), never in the way of what the user is doing. */
export function scheduleEditorWarmUp(): () => void {
  let handle = 0;
  const next = () => {
    if (rounds >= ROUNDS) return;
    handle = requestIdleCallback(
      () => {
        warmUpEditor();
        next();
      },
      { timeout: 3000 },
    );
  };
  next();
  return () => cancelIdleCallback(handle);
}
