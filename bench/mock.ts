/**
 * Mock interview figures: finding the pauses in a two-minute recording (the
 * renderer's analysis of decoded samples, 48 kHz mono); saving a two-minute answer's recording, from the
 * renderer's request (a WebM/Opus blob of about 1 MB, base64, as
 * MediaRecorder gives it at ~64 kbit/s) through the boundary to the file
 * durably on disk in the vault (atomic write, fsync) and the session saved
 * with it.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { MockPlan, MockSession } from '../src-main/contract';
import { createCore } from '../src-main/core';
import { dispatch } from '../src-main/core/dispatch';
import { fakePlatform } from '../src-main/core/testing/fake-platform';
import type { Core } from '../src-main/core/types';
import { analysePauses } from '../src-renderer/src/features/mock/pause-analysis';
import { median, round, time } from './stats';

const ROOT = resolve(import.meta.dirname, '..');
/** Two minutes of Opus at 64 kbit/s. */
const RECORDING_BYTES = (120 * 64_000) / 8;
const RUNS = 25;
const WARM_UP = 5;

export async function measure(): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'coach-bench-mock-'));
  const vault = join(dir, 'vault');
  await mkdir(vault);
  await writeFile(join(vault, 'Go.md'), '# Go\n\n## What is a goroutine?\n\nA function running concurrently.\n');
  const core = createCore({ dataDir: join(dir, 'data'), defaultVaultDir: join(dir, 'default'), starterDir: join(ROOT, 'resources', 'starter-vault'), platform: fakePlatform() });
  try {
    await core.start();
    await call(core, 'vault:open', { path: vault });
    while (!((await call(core, 'drills:overview', {})) as { ready: boolean }).ready) await new Promise((settle) => setTimeout(settle, 20));
    const plan: MockPlan = { kind: 'technical', questionCount: 1, thinkSeconds: 0, answerSeconds: 120, autoAdvance: false, shuffle: false, notePaths: [], tags: [], competencies: [], linkedToStories: false };
    const session = (await call(core, 'mock:start', { plan })) as MockSession;
    const bytes = Buffer.alloc(RECORDING_BYTES);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24; // not all zeros: no file system gets to skip it
    const args = { sessionId: session.id, index: 0, mimeType: 'audio/webm;codecs=opus', base64: bytes.toString('base64'), durationMs: 120_000 };
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await time(() => call(core, 'mock:saveRecording', args)));
    return { recording_save_2min_ms: round(median(samples.slice(WARM_UP)), 1), pause_analysis_2min_ms: pauseAnalysisMs() };
  } finally {
    await core.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Through the boundary, as a window's request comes: the arguments checked by the contract's schema. */
async function call(core: Core, name: string, args: unknown): Promise<unknown> {
  const result = await dispatch(core.handlers, name, args);
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
}

/** Two minutes of talk (a modulated tone over quiet noise) with a 3-second pause every 20 seconds, analysed as the review does. */
function pauseAnalysisMs(): number {
  const RATE = 48_000;
  const samples = new Float32Array(120 * RATE);
  let seed = 11;
  for (let i = 0; i < samples.length; i++) {
    const t = i / RATE;
    const noise = ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 0.004;
    samples[i] = t % 20 < 17 ? 0.3 * Math.sin(2 * Math.PI * 180 * t) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 3 * t)) + noise : noise;
  }
  const runs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const { pauses } = analysePauses(samples, RATE);
    runs.push(performance.now() - start);
    if (pauses.length !== 5) throw new Error(`The analysis found ${pauses.length} pauses where the recording has 5`);
  }
  return round(median(runs.slice(WARM_UP)), 1);
}
