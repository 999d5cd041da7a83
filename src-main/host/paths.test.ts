import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths } from './paths';

const sources = {
  mainDir: join('/app', 'out', 'main'),
  appPath: '/repo',
  resourcesPath: '/opt/Interview Coach/resources',
  userData: '/home/me/.config/Interview Coach',
  documents: '/home/me/Documents',
};

describe('appPaths', () => {
  it('finds the bundles beside the main bundle', () => {
    const paths = appPaths({ ...sources, isPackaged: true });
    expect(paths.preload).toBe(join('/app', 'out', 'preload', 'index.cjs'));
    expect(paths.rendererDir).toBe(join('/app', 'out', 'renderer'));
  });

  it('takes the starter notes from the resources folder when packaged, from the repository otherwise', () => {
    expect(appPaths({ ...sources, isPackaged: true }).starterDir).toBe(join('/opt/Interview Coach/resources', 'starter-vault'));
    expect(appPaths({ ...sources, isPackaged: false }).starterDir).toBe(join('/repo', 'resources', 'starter-vault'));
  });

  it('keeps app data in userData and the default vault in Documents', () => {
    const paths = appPaths({ ...sources, isPackaged: true });
    expect(paths.dataDir).toBe(sources.userData);
    expect(paths.defaultVaultDir).toBe(join('/home/me/Documents', 'Interview Coach'));
  });
});
