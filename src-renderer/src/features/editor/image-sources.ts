/**
 * Where an image of a note is loaded from. Local images are addressed by their
 * path relative to the note, like Obsidian and every Markdown editor; the host
 * serves them from the vault (after its own containment checks). Remote images
 * are never fetched: the app makes no network request.
 */

/** The vault path an image source refers to, or null for remote or unusable sources. */
export function imageVaultPath(noteFolder: string, src: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//')) return null;
  let decoded: string;
  try {
    decoded = decodeURI(src.split(/[?#]/)[0]!);
  } catch {
    return null;
  }
  const segments = decoded.startsWith('/') ? [] : noteFolder.split('/').filter(Boolean);
  for (const part of decoded.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (segments.length === 0) return null; // above the vault
      segments.pop();
    } else segments.push(part);
  }
  return segments.length > 0 ? segments.join('/') : null;
}

/** The URL the editor puts in `<img src>`: the host's asset route, a data: URL as is, or nothing. */
export function imageUrl(assetBase: string, noteFolder: string, src: string): string {
  if (/^data:image\//i.test(src)) return src;
  const path = imageVaultPath(noteFolder, src);
  return path === null ? '' : assetBase + encodeURIComponent(path);
}
