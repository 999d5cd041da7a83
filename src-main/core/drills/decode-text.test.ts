import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('decodeText', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'café\tnaïve\n'))).toEqual({ text: 'café\tnaïve\n', nonUtf8Lines: [] });
  });

  it('reads UTF-16 with a BOM (Excel "Unicode Text")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('q\tréponse\n', 'utf16le')]);
    expect(decodeText(le).text).toBe('q\tréponse\n');
  });

  it('reads the lines that are not UTF-8 as windows-1252, keeping the UTF-8 ones intact', () => {
    const decoded = decodeText(bytes('naïve\tok\n', [0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x09, 0x80, 0x0a], 'déjà vu\n', [0xff]));
    expect(decoded.text).toBe('naïve\tok\n“café”\t€\ndéjà vu\nÿ');
    expect(decoded.nonUtf8Lines).toEqual([2, 4]);
  });

  it('drops the BOM of a file whose first line is not UTF-8', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf, 0xe9], '\n\ufeff'))).toEqual({ text: 'é\n\ufeff', nonUtf8Lines: [1] });
  });

  it('decodes nothing to nothing', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', nonUtf8Lines: [] });
  });
});
