import { snapshotBuild } from './build-snapshot';

/** Runs once per `playwright test`; the returned function runs once at the end. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  return snapshotBuild();
}
