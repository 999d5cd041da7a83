/**
 * The contract treats the page as untrusted: a page that was tricked into
 * running code (or a rogue tab) can call any method with any arguments. Paths
 * that lead out of the vault, by `..`, absolutely or through a symlink, and
 * arguments of the wrong shape are refused with typed errors, and nothing
 * outside the vault is read or written. Browser mode's host also refuses
 * anyone without the token.
 */
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import WebSocket from 'ws';
import { expect, test } from './support/app-fixture';
import { ContractProbe } from './support/contract-probe';
import { NotesPage } from './support/notes-page';
import { VaultFiles } from './support/vault-files';

test.use({ vaultFixture: 'sample' });

const SECRET = 'password=hunter2';

/** A folder beside the vault with a note and an image in it, and links to them from inside the vault. */
async function plantOutside(root: string, vaultDir: string): Promise<{ outside: VaultFiles; dir: string }> {
  const dir = join(root, 'outside');
  await mkdir(dir);
  await writeFile(join(dir, 'secret.md'), `# Secret\n${SECRET}\n`);
  await writeFile(join(dir, 'secret.png'), SECRET);
  await symlink(join(dir, 'secret.md'), join(vaultDir, 'link.md'));
  await symlink(join(dir, 'secret.png'), join(vaultDir, 'link.png'));
  await symlink(dir, join(vaultDir, 'linked folder'));
  await symlink(join(dir, 'missing.md'), join(vaultDir, 'dangling.md'));
  return { outside: new VaultFiles(dir), dir };
}

test('paths out of the vault are refused, and nothing outside is read or written', async ({ app }) => {
  await expect(new NotesPage(app.page).note('Interview notes')).toBeVisible();
  const { outside, dir } = await plantOutside(app.root, app.vaultDir);
  const before = await outside.snapshot();
  const vault = new VaultFiles(app.vaultDir);
  const probe = new ContractProbe(app.page);
  const write = (path: string) => ({ path, content: 'overwritten', expectedHash: null, force: true });

  const attempts: [string, unknown][] = [
    ['notes:read', { path: '../outside/secret.md' }],
    ['notes:read', { path: 'Technical/../../outside/secret.md' }],
    ['notes:read', { path: join(dir, 'secret.md') }],
    ['notes:read', { path: '..\\outside\\secret.md' }],
    ['notes:read', { path: 'C:/outside/secret.md' }],
    ['notes:read', { path: 'link.md' }],
    ['notes:read', { path: 'linked folder/secret.md' }],
    ['notes:write', write('../outside/secret.md')],
    ['notes:write', write(join(dir, 'new.md'))],
    ['notes:write', write('link.md')],
    ['notes:write', write('linked folder/secret.md')],
    ['notes:write', write('linked folder/new.md')],
    ['notes:write', write('dangling.md')],
    ['notes:create', { folder: '../outside', name: 'new' }],
    ['notes:create', { folder: 'linked folder', name: 'new' }],
    ['notes:createFolder', { parent: '..', name: 'escape' }],
    ['notes:createFolder', { parent: 'linked folder', name: 'escape' }],
    ['notes:rename', { from: 'Interview notes.md', to: '../outside/stolen.md' }],
    ['notes:rename', { from: 'Interview notes.md', to: 'linked folder/stolen.md' }],
    ['notes:rename', { from: 'link.md', to: 'renamed link.md' }],
    ['notes:delete', { path: '../outside/secret.md' }],
    ['notes:delete', { path: 'linked folder/secret.md' }],
    ['stories:link', { path: '../outside/secret.md', question: 'q', linked: true }],
    ['stories:rehearsal', { path: 'Stories/../../outside/secret.md' }],
    ['stories:rehearsed', { path: join(dir, 'secret.md'), rating: 3 }],
  ];
  for (const [name, args] of attempts) {
    const result = await probe.call(name, args);
    expect(result, `${name} ${JSON.stringify(args)}`).toMatchObject({ ok: false, error: { code: 'OUTSIDE_VAULT' } });
    expect(JSON.stringify(result)).not.toContain(SECRET);
  }

  expect(await outside.snapshot()).toEqual(before);
  expect(await vault.exists('Interview notes.md')).toBe(true);
  expect(await vault.exists('link.md')).toBe(true);
  // Search, the tree and quick open never show what lies behind a link.
  const tree = await probe.call('notes:tree', {});
  expect(JSON.stringify(tree)).not.toMatch(/link|secret/);
  expect(await probe.call('search:query', { query: 'hunter2' })).toEqual({ ok: true, value: [] });
});

test('arguments of the wrong type or shape, and unknown methods, are refused with typed errors', async ({ app }) => {
  await expect(new NotesPage(app.page).note('Interview notes')).toBeVisible();
  const vault = new VaultFiles(app.vaultDir);
  const before = await vault.snapshot();
  const probe = new ContractProbe(app.page);

  const invalid: [unknown, unknown][] = [
    ['notes:read', { path: 42 }],
    ['notes:read', { path: ['Interview notes.md'] }],
    ['notes:read', { path: '' }],
    ['notes:read', null],
    ['notes:read', 'Interview notes.md'],
    ['notes:read', { path: 'Interview notes.md', extra: true }],
    ['notes:read', { path: 'Interview\0notes.md' }],
    ['notes:read', { path: '.obsidian/app.json' }],
    ['notes:read', { path: 'Technical' }],
    ['notes:write', { path: 'Interview notes.md', content: 42, expectedHash: null }],
    ['notes:write', { path: 'Interview notes.md', content: 'x' }],
    ['notes:write', { path: 'script.js', content: 'x', expectedHash: null }],
    ['notes:create', { folder: '', name: 'a/b' }],
    ['notes:rename', { from: 'Interview notes.md' }],
    ['search:query', { query: 'x', limit: 1e9 }],
    ['settings:update', { theme: 'hacker' }],
    ['timer:start', { durationMs: -1 }],
    ['timer:start', { durationMs: 1e12 }],
    ['timer:start', { durationMs: null }],
    ['timer:start', { durationMs: '60000' }],
    ['timer:start', { label: 'x'.repeat(10_000) }],
    ['timer:start', { mode: 'stopwatch', durationMs: 60_000 }],
    ['timer:setPreset', { mode: 'countdown' }],
    ['timer:pause', { now: true }],
    ['drills:queue', { selection: { kind: 'everything' } }],
    ['drills:queue', { selection: { kind: 'deck' } }],
    ['drills:grade', { cardId: 'x', grade: 'perfect', elapsedMs: 0 }],
    ['drills:grade', { cardId: 'x', grade: 'good', elapsedMs: -5 }],
    ['drills:updateSettings', { desiredRetention: 1.5 }],
    ['drills:updateSettings', { newCardsPerDay: 2.5 }],
    ['drills:writeAnswer', { cardId: 'x', answer: '' }],
    ['drills:import', { fileName: 'x.tsv', base64: 42, folder: '' }],
    ['stories:create', { title: '' }],
    ['stories:coach', { text: 42 }],
    ['stories:link', { path: 'Interview notes.md', question: 'Why?', linked: true }],
    ['stories:rehearsed', { path: 'Stories/a.md', rating: 6 }],
    ['stories:updateCompetencies', { competencies: [] }],
    ['stories:updateCompetencies', { competencies: [{ id: '../x', label: 'x', description: '' }] }],
  ];
  for (const [name, args] of invalid) {
    expect(await probe.errorCode(name, args), `${String(name)} ${JSON.stringify(args)}`).toBe('INVALID_ARGUMENT');
  }
  for (const name of ['fs:readFile', 'constructor', '__proto__', 'toString', 42, null]) {
    expect(await probe.errorCode(name, {}), String(name)).toBe('UNKNOWN_METHOD');
  }
  expect(await probe.errorCode('notes:read', { path: 'Missing.md' })).toBe('NOT_FOUND');
  expect(await probe.errorCode('drills:grade', { cardId: 'no-such-card', grade: 'good', elapsedMs: 0 })).toBe('NOT_FOUND');
  expect(await vault.snapshot()).toEqual(before);
});

test.describe('browser mode host', () => {
  test.beforeEach(({}, testInfo) => {
    test.skip(testInfo.project.name === 'electron', 'The desktop app has no HTTP host: IPC sender checks are unit-tested in src-main/host.');
  });

  test('refuses requests and WebSockets without the token, or from another origin', async ({ app, playwright }) => {
    const origin = new URL(app.url!).origin;
    const anonymous = await playwright.request.newContext();
    expect((await anonymous.get(`${origin}/`)).status()).toBe(403);
    expect((await anonymous.get(`${origin}/?token=${'0'.repeat(48)}`)).status()).toBe(403);
    expect((await anonymous.get(`${origin}/vault-asset/Interview%20notes.md`)).status()).toBe(403);
    await anonymous.dispose();

    const [cookie] = await app.page.context().cookies(origin);
    const header = `${cookie!.name}=${cookie!.value}`;
    expect(await upgradeStatus(origin, { origin })).toBe(403);
    expect(await upgradeStatus(origin, { origin: 'http://evil.example', cookie: header })).toBe(403);
    expect(await upgradeStatus(origin, { cookie: header })).toBe(403);
    expect(await upgradeStatus(origin, { origin, cookie: header })).toBe(101);
  });

  test('the image route serves vault images only, never through .. or a link', async ({ app }) => {
    const { outside } = await plantOutside(app.root, app.vaultDir);
    await writeFile(join(app.vaultDir, 'inside.png'), 'png bytes');
    const before = await outside.snapshot();
    const status = (path: string) => app.page.evaluate(async (url) => (await fetch(url)).status, path);
    expect(await status('/vault-asset/inside.png')).toBe(200);
    expect(await status('/vault-asset/..%2Foutside%2Fsecret.png')).toBe(404);
    expect(await status('/vault-asset/link.png')).toBe(404);
    expect(await status('/vault-asset/linked%20folder%2Fsecret.png')).toBe(404);
    expect(await status('/vault-asset/Interview%20notes.md')).toBe(404);
    expect(await outside.snapshot()).toEqual(before);
  });
});

/** The HTTP status of a WebSocket upgrade to the host's /ws with these headers (101: accepted). */
function upgradeStatus(origin: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${origin.replace('http', 'ws')}/ws`, { headers });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
    socket.once('error', reject);
  });
}
