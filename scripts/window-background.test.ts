/** The desktop window's background before the first paint must be the page's own (no flash). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { WINDOW_BACKGROUND } from '../src-main/host/window-background';

it('matches the renderer background of both themes', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../src-renderer/src/app/styles.css'), 'utf8');
  const light = /:root \{[^}]*?--bg: (#[0-9a-f]{6});/s.exec(css)?.[1];
  const dark = /:root\[data-theme='dark'\] \{[^}]*?--bg: (#[0-9a-f]{6});/s.exec(css)?.[1];
  expect({ light, dark }).toEqual(WINDOW_BACKGROUND);
});
