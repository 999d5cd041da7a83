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
