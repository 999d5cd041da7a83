/** Matching "Mod+Shift+F"-style key specs against keyboard events. */

const isMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** Keys a spec names by a word (as Electron accelerators do), by their `KeyboardEvent.key`. */
const NAMED_KEYS: Record<string, string> = { Space: ' ' };

export function matchesKey(spec: string, event: KeyboardEvent): boolean {
  const parts = spec.split('+');
  const key = parts.pop()!;
  const wants = new Set(parts);
  const mod = isMac() ? event.metaKey : event.ctrlKey;
  if (wants.has('Mod') !== mod) return false;
  if (wants.has('Alt') !== event.altKey) return false;
  // A printable symbol such as "?" already implies the Shift that produced it.
  if (key.length === 1 && !/[a-z0-9]/i.test(key)) return event.key === key;
  if (wants.has('Shift') !== event.shiftKey) return false;
  return event.key.toLowerCase() === (NAMED_KEYS[key] ?? key).toLowerCase();
}

/** "Mod+Shift+F" → "Ctrl+Shift+F" (or ⌘⇧F on macOS) for display. */
export function displayKey(spec: string): string {
  if (!isMac()) return spec.replace(/Mod/g, 'Ctrl');
  return spec.replace(/Mod\+?/g, '⌘').replace(/Shift\+?/g, '⇧').replace(/Alt\+?/g, '⌥');
}

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** A focused element that Space or Enter already acts on: a button, a link, a field, a tree or list item. */
export function isControl(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (isTextField(target)) return true;
  if (['BUTTON', 'A', 'SUMMARY'].includes(target.tagName)) return true;
  const role = target.getAttribute('role');
  return role !== null && ['button', 'link', 'checkbox', 'radio', 'switch', 'tab', 'option', 'menuitem', 'treeitem', 'combobox', 'slider'].includes(role);
}

/** Inside an open dialog: a plain key there is the dialog's, not the screen's behind it. */
export function inDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role=dialog], [role=alertdialog]') !== null;
}
