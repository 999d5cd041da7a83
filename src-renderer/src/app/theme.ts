/** Applies the chosen theme, following the system when the choice is "system". */
import type { Theme } from '../../../src-main/contract';

const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

export function resolveTheme(choice: Theme): 'light' | 'dark' {
  if (choice !== 'system') return choice;
  return darkQuery().matches ? 'dark' : 'light';
}

/** Sets the theme now and keeps it in step with the system; returns the cleanup. */
export function applyTheme(choice: Theme): () => void {
  const apply = () => {
    document.documentElement.dataset.theme = resolveTheme(choice);
  };
  apply();
  const query = darkQuery();
  query.addEventListener('change', apply);
  return () => query.removeEventListener('change', apply);
}

/** The next theme for the "Toggle theme" command: flips what is shown now. */
export function toggledTheme(choice: Theme): Theme {
  return resolveTheme(choice) === 'dark' ? 'light' : 'dark';
}
