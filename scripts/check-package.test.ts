/**
 * Runs scripts/check-package.mjs: an offline electron-builder --dir build
 * around a stand-in Electron, then what app.asar and resources/ hold. Builds
 * out/ first when it is missing (`npm test` runs Vitest before `npm run build`).
 */
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Report {
  problems: string[];
  asar: { topLevel: string[]; out: string[]; packages: string[] };
  resources: string[];
}

function runCheck(): Promise<{ code: number; stdout: string; stderr: string }> {
  const root = new URL('..', import.meta.url).pathname;
  return new Promise((resolve) => {
    execFile(process.execPath, ['scripts/check-package.mjs', '--build'], { cwd: root, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr }),
    );
  });
}

describe('the packaged app', () => {
  it('ships the build output, package.json, production dependencies and the starter vault, nothing else', async () => {
    const { code, stdout, stderr } = await runCheck();
    expect(code === 2 ? stderr.slice(-4000) : '').toBe('');
    const report = JSON.parse(stdout) as Report;
    expect(report.problems).toEqual([]);
    expect(report.asar.topLevel).toEqual(['node_modules', 'out', 'package.json']);
    expect(report.asar.out).toEqual(['out/main', 'out/preload', 'out/renderer']);
    expect(report.asar.packages).toEqual(expect.arrayContaining(['zod', 'lowdb', 'chokidar']));
    expect(report.resources).toEqual(expect.arrayContaining(['app.asar', 'starter-vault']));
    expect(code).toBe(0);
  }, 240_000);
});
