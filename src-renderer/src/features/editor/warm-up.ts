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

let warmed = false;

export function warmUpEditor(): void {
  if (warmed) return;
  warmed = true;
  const doc = parseDocument(SAMPLE);
  const editor = createMarkdownEditor();
  editor.update(() => $importDocument(doc), { discrete: true });
  editor.read(() => $exportDocument(doc, { forceFull: true }));
  countWords(SAMPLE);
}

/** Runs the warm-up when the browser is idle, never in the way of what the user is doing. */
export function scheduleEditorWarmUp(): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(() => warmUpEditor(), { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(warmUpEditor, 500);
  return () => clearTimeout(handle);
}
