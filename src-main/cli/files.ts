/** File access for the CLI: notes are read as strict UTF-8 text or reported as unreadable, never guessed at. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export type ReadResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: string };

// ignoreBOM keeps a byte order mark in the text, so writing the text back reproduces the file.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function readTextFile(path: string): ReadResult {
  let bytes: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) return { ok: false, problem: `${path} is a directory, not a file` };
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path} (${code ?? String(error)})` };
  }
  if (bytes.includes(0)) return { ok: false, problem: `${path} is a binary file (it contains NUL bytes)` };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, problem: `${path} is not valid UTF-8` };
  }
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const NOTE = /\.mdx?$/i;

/** Markdown notes below `dir` (relative paths, sorted), skipping hidden folders and node_modules. */
export function listNotes(dir: string): string[] {
  const notes: string[] = [];
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') walk(path);
      } else if (entry.isFile() && NOTE.test(entry.name)) {
        notes.push(relative(dir, path));
      }
    }
  };
  walk(dir);
  return notes.sort();
}
