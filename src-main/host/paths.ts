/** Where the app finds its own files and keeps the user's, in development and packaged. */
import { join } from 'node:path';

export interface AppPaths {
  preload: string;
  rendererDir: string;
  /** The starter notes copied into a new default vault (electron-builder `extraResources`). */
  starterDir: string;
  dataDir: string;
  defaultVaultDir: string;
}

export interface PathSources {
  isPackaged: boolean;
  /** The folder of the built main bundle: out/main (inside app.asar when packaged). */
  mainDir: string;
  /** The repository root in development (`app.getAppPath()`). */
  appPath: string;
  /** `process.resourcesPath`: the packaged app's resources folder, beside app.asar. */
  resourcesPath: string;
  userData: string;
  documents: string;
}

export function appPaths(sources: PathSources): AppPaths {
  return {
    preload: join(sources.mainDir, '..', 'preload', 'index.cjs'),
    rendererDir: join(sources.mainDir, '..', 'renderer'),
    starterDir: sources.isPackaged
      ? join(sources.resourcesPath, 'starter-vault')
      : join(sources.appPath, 'resources', 'starter-vault'),
    dataDir: sources.userData,
    defaultVaultDir: join(sources.documents, 'Interview Coach'),
  };
}
