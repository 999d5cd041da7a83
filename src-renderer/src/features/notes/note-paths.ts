/** Vault path helpers: vault paths are relative, with forward slashes. */

export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

export function fileNameOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** "Technical/Event loop.md" → "Event loop". */
export function titleOf(path: string): string {
  return fileNameOf(path).replace(/\.mdx?$/i, '');
}

export function extensionOf(path: string): string {
  return /\.mdx?$/i.exec(path)?.[0] ?? '.md';
}

export function joinPath(folder: string, name: string): string {
  return folder ? `${folder}/${name}` : name;
}

/** The note named `name` in the same folder as `path`, keeping its extension when the name has none. */
export function siblingPath(path: string, name: string): string {
  const fileName = /\.mdx?$/i.test(name) ? name : `${name}${extensionOf(path)}`;
  return joinPath(folderOf(path), fileName);
}
