/**
 * Bytes of an imported file to text, never failing: UTF-8 (with or without a
 * BOM), UTF-16 when a BOM says so (Excel's "Unicode Text"), and any line that
 * is not valid UTF-8 read as windows-1252, the usual encoding of such files
 * on Windows. Decoding line by line keeps the valid UTF-8 lines of a mostly
 * good file intact instead of garbling them all.
 *
 * windows-1252 comes from iconv-lite: Node's own TextDecoder decodes it as
 * latin1 since 20.18.3 (nodejs/node#60888), turning € and curly quotes into
 * control characters.
 */
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** 1-based lines that were not valid UTF-8 and were read as windows-1252. */
  nonUtf8Lines: number[];
}

const NEWLINE = 0x0a;

export function decodeText(file: Uint8Array): DecodedText {
  if (file[0] === 0xff && file[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(file), nonUtf8Lines: [] };
  if (file[0] === 0xfe && file[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(file), nonUtf8Lines: [] };
  const hasBom = file[0] === 0xef && file[1] === 0xbb && file[2] === 0xbf;
  const bytes = hasBom ? file.subarray(3) : file;
  // The BOM is gone; a U+FEFF anywhere else is text to keep.
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  try {
    return { text: utf8.decode(bytes), nonUtf8Lines: [] };
  } catch {
    // Some line is not UTF-8: decode line by line below.
  }
  const parts: string[] = [];
  const nonUtf8Lines: number[] = [];
  let line = 0;
  for (let start = 0; start < bytes.length; ) {
    line++;
    const newline = bytes.indexOf(NEWLINE, start);
    const end = newline < 0 ? bytes.length : newline + 1;
    const slice = bytes.subarray(start, end);
    try {
      parts.push(utf8.decode(slice));
    } catch {
      parts.push(iconv.decode(Buffer.from(slice.buffer, slice.byteOffset, slice.byteLength), 'windows-1252'));
      nonUtf8Lines.push(line);
    }
    start = end;
  }
  return { text: parts.join(''), nonUtf8Lines };
}
