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
