import { expect, it } from 'vitest';
import { matchesKey } from './keys';

const press = (init: KeyboardEventInit) => new KeyboardEvent('keydown', init);

it('matches a key named by a word, as in Electron accelerators (Space), by the character it types', () => {
  expect(matchesKey('Mod+Shift+Space', press({ key: ' ', ctrlKey: true, shiftKey: true }))).toBe(true);
  expect(matchesKey('Mod+Shift+Space', press({ key: ' ', ctrlKey: true }))).toBe(false);
  expect(matchesKey('Mod+Shift+Space', press({ key: ' ', shiftKey: true }))).toBe(false);
  expect(matchesKey('Mod+Shift+Space', press({ key: 'S', ctrlKey: true, shiftKey: true }))).toBe(false);
  expect(matchesKey('Mod+Shift+L', press({ key: 'L', ctrlKey: true, shiftKey: true }))).toBe(true);
});

it('tells the controls that Space already presses (buttons, links, fields, items) from the rest of the page', async () => {
  const { isControl, inDialog } = await import('./keys');
  document.body.innerHTML = `
    <button id="b">Go</button><a id="a" href="#x">x</a><input id="i"><div id="t" role="treeitem" tabindex="0">n</div>
    <main id="m" tabindex="-1"><p id="p">text</p></main>
    <div role="dialog"><span id="d">in a dialog</span></div>`;
  const byId = (id: string) => document.getElementById(id);
  expect(['b', 'a', 'i', 't'].map((id) => isControl(byId(id)))).toEqual([true, true, true, true]);
  expect(isControl(byId('m'))).toBe(false);
  expect(isControl(byId('p'))).toBe(false);
  expect(isControl(document.body)).toBe(false);
  expect(inDialog(byId('d'))).toBe(true);
  expect(inDialog(byId('b'))).toBe(false);
});
