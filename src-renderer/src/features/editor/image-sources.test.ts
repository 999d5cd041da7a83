import { describe, expect, it } from 'vitest';
import { imageUrl, imageVaultPath } from './image-sources';

describe('image sources', () => {
  it('resolves paths relative to the note, within the vault', () => {
    expect(imageVaultPath('Technical/Go', 'img/diagram.png')).toBe('Technical/Go/img/diagram.png');
    expect(imageVaultPath('Technical/Go', '../shared/a b.png')).toBe('Technical/shared/a b.png');
    expect(imageVaultPath('Technical', './x%20y.png')).toBe('Technical/x y.png');
    expect(imageVaultPath('Technical', '/attachments/z.png')).toBe('attachments/z.png');
  });

  it('refuses to leave the vault and never loads remote images', () => {
    expect(imageVaultPath('A', '../../etc/passwd')).toBeNull();
    expect(imageVaultPath('', 'https://example.com/a.png')).toBeNull();
    expect(imageVaultPath('', '//example.com/a.png')).toBeNull();
    expect(imageVaultPath('', 'file:///etc/hosts')).toBeNull();
    expect(imageUrl('/vault-asset/', '', 'https://example.com/a.png')).toBe('');
  });

  it('builds the host URL with the whole path encoded, and keeps data: images', () => {
    expect(imageUrl('/vault-asset/', 'Notes', 'pics/a b.png')).toBe('/vault-asset/Notes%2Fpics%2Fa%20b.png');
    expect(imageUrl('vault-asset://local/', '', 'a.png')).toBe('vault-asset://local/a.png');
    expect(imageUrl('/vault-asset/', '', 'data:image/png;base64,AAAA')).toBe('data:image/png;base64,AAAA');
  });
});
