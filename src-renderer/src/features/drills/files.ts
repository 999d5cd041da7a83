/** Files in and out of the page: an import's bytes as base64, an export as a download. */

/** Base64 of bytes, in chunks: spreading a megabyte into `String.fromCharCode` would overflow the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

/** The file's bytes as they are (not decoded as text: the core reports a file that is not UTF-8). */
export async function fileToBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** Offers `content` as a file download, the way a page can: a Blob behind a link with `download`. */
export function downloadText(fileName: string, content: string, type = 'text/tab-separated-values;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Late enough for the download to have read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The extensions the import reads. */
export const IMPORT_ACCEPT = '.tsv,.txt,.csv';
