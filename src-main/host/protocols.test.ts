import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CoachError } from '../contract';
import { registerPrivilegedSchemes, rendererHandler, vaultAssetHandler } from './protocols';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'protocols-'));
  await mkdir(join(root, 'renderer', 'assets'), { recursive: true });
  await writeFile(join(root, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  await writeFile(join(root, 'renderer', 'assets', 'index-1.js'), 'export {}');
  await writeFile(join(root, 'secret.txt'), 'outside');
  await writeFile(join(root, 'photo.png'), 'PNG');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('registerPrivilegedSchemes', () => {
  it('gives app: and vault-asset: a standard, secure origin', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerPrivilegedSchemes({ registerSchemesAsPrivileged });
    const schemes = registerSchemesAsPrivileged.mock.calls[0]![0] as { scheme: string; privileges: object }[];
    expect(schemes.map((entry) => entry.scheme)).toEqual(['app', 'vault-asset']);
    for (const entry of schemes) expect(entry.privileges).toMatchObject({ standard: true, secure: true });
    for (const entry of schemes) expect(entry.privileges).not.toHaveProperty('bypassCSP');
  });
});

describe('the app: scheme', () => {
  const serve = (url: string) => rendererHandler(join(root, 'renderer'), { 'Content-Security-Policy': "default-src 'self'" })(new Request(url));

  it('serves the renderer with its type and the security headers', async () => {
    const page = await serve('app://renderer/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(page.headers.get('content-security-policy')).toBe("default-src 'self'");
    expect(await page.text()).toContain('<title>app</title>');
    const script = await serve('app://renderer/assets/index-1.js');
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });

  it.each([
    'app://renderer/%2e%2e/secret.txt',
    'app://renderer/..%2fsecret.txt',
    'app://renderer/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    'app://other/index.html',
    'app://renderer/missing.js',
    'app://renderer/assets',
  ])('answers 404 for %s', async (url) => {
    expect((await serve(url)).status).toBe(404);
  });
});

describe('the vault-asset: scheme', () => {
  it('serves what the core resolves, from the decoded vault path', async () => {
    const resolveAsset = vi.fn(async () => join(root, 'photo.png'));
    const response = await vaultAssetHandler(resolveAsset)(new Request('vault-asset://local/img/my%20photo.png'));
    expect(resolveAsset).toHaveBeenCalledWith('img/my photo.png');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe('PNG');
  });

  it('answers 404 when the core refuses the path', async () => {
    const resolveAsset = vi.fn(async () => {
      throw new CoachError('OUTSIDE_VAULT', 'outside');
    });
    const response = await vaultAssetHandler(resolveAsset)(new Request('vault-asset://local/..%2F..%2Fetc%2Fpasswd'));
    expect(response.status).toBe(404);
    expect(resolveAsset).toHaveBeenCalledWith('../../etc/passwd');
  });

  it('answers 404 for another host without asking the core', async () => {
    const resolveAsset = vi.fn(async () => join(root, 'photo.png'));
    expect((await vaultAssetHandler(resolveAsset)(new Request('vault-asset://elsewhere/a.png'))).status).toBe(404);
    expect(resolveAsset).not.toHaveBeenCalled();
  });
});
