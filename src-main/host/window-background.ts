/** The window colour before the page paints: the page's own, so dark mode never flashes white. */
import type { Theme } from '../contract';

/** Must match the renderer's page background in each theme (--bg in styles.css). */
export const WINDOW_BACKGROUND = { light: '#fbfaf8', dark: '#17181b' } as const;

export function windowBackground(theme: Theme, systemPrefersDark: boolean): string {
  const dark = theme === 'dark' || (theme === 'system' && systemPrefersDark);
  return dark ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light;
}
