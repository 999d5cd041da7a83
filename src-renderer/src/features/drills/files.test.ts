import { expect, it } from 'vitest';
import { bytesToBase64, fileToBase64 } from './files';

it('encodes bytes as base64, also past one chunk', () => {
  expect(bytesToBase64(new Uint8Array([]))).toBe('');
  expect(bytesToBase64(new TextEncoder().encode('Q\tA\n'))).toBe('UQlBCg==');
  const big = new Uint8Array(100_000).map((_, i) => i % 251);
  expect(atob(bytesToBase64(big)).length).toBe(100_000);
  expect(atob(bytesToBase64(big)).charCodeAt(99_999)).toBe(99_999 % 251);
});

it('reads a file as its bytes, not as text: Latin-1 stays Latin-1', async () => {
  const file = new File([new Uint8Array([0x63, 0x61, 0x66, 0xe9])], 'deck.tsv');
  expect(await fileToBase64(file)).toBe(btoa('caf\xe9'));
});
