/**
 * Picks a free name in a folder the way Obsidian does: "Untitled.md", then
 * "Untitled 2.md", "Untitled 3.md"…
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';

export async function uniqueName(folder: string, stem: string, extension: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? `${stem}${extension}` : `${stem} ${n}${extension}`;
    if (!(await exists(path.join(folder, candidate)))) return candidate;
  }
}

/** Splits "Note.md" into ["Note", ".md"]; a folder or dotless name has no extension. */
export function splitExtension(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fsp.lstat(file);
    return true;
  } catch {
    return false;
  }
}
