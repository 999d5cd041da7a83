/**
 * Electronegativity over src-main: every finding must be either fixed or
 * listed, with the reason it is safe, in security/electronegativity-reviewed.json.
 * The tool always exits 0, so its findings are compared here. It runs offline
 * (see electronegativity-scan.cjs) in a couple of seconds.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

interface Finding {
  id: string;
  file: string;
  line: number;
  sample?: string;
}
interface ScanResult {
  findings: Finding[];
  errors: { file: string; message: string; tolerable: boolean }[];
}
interface Reviewed {
  check: string;
  file: string;
  reason: string;
}

const root = new URL('..', import.meta.url);

async function scan(): Promise<ScanResult> {
  const pkg = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as { devDependencies: Record<string, string> };
  const script = new URL('scripts/electronegativity-scan.cjs', root).pathname;
  const { stdout } = await promisify(execFile)(process.execPath, [script, 'src-main', pkg.devDependencies.electron!], {
    cwd: root.pathname,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as ScanResult;
}

const describeFinding = (finding: Finding) => `${finding.id} in ${finding.file}:${finding.line} (${finding.sample ?? ''})`;

describe('electronegativity', async () => {
  const [result, reviewedFile] = await Promise.all([
    scan(),
    readFile(new URL('security/electronegativity-reviewed.json', root), 'utf8'),
  ]);
  const reviewed = (JSON.parse(reviewedFile) as { reviewed: Reviewed[] }).reviewed;
  const isReviewed = (finding: Finding) => reviewed.some((entry) => entry.check === finding.id && entry.file === finding.file);

  it('parses every file (a file it cannot parse is a file it did not check)', () => {
    expect(result.errors).toEqual([]);
  });

  it('finds nothing that has not been reviewed', () => {
    expect(result.findings.filter((finding) => !isReviewed(finding)).map(describeFinding)).toEqual([]);
  });

  it('lists no stale review, and a reason for each', () => {
    const stale = reviewed.filter((entry) => !result.findings.some((finding) => finding.id === entry.check && finding.file === entry.file));
    expect(stale).toEqual([]);
    for (const entry of reviewed) expect(entry.reason.length, `${entry.check} ${entry.file}`).toBeGreaterThan(40);
  });
}, 60_000);
