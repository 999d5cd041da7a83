/** Mock interviews through the core's boundary, as the renderer (or a hostile page) calls them. */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { MockPlan, MockSession, Notice } from '../../contract';
import { vaultDataDir } from '../drills/open-drills';
import { nodeAtomicWriteFs } from '../fs/atomic-write';
import { failWritesWhen } from '../fs/test-faults';
import { FakeClock } from '../testing/fake-clock';
import { createTestCore, type TestCore, type TestCoreOptions } from '../testing/test-core';
import { MOCK_FORMATS } from './formats';

const SECOND = 1000;

const GO = [
  '---',
  'tags: [go]',
  '---',
  '# Go',
  '',
  '## What is a goroutine?',
  '',
  'A function running concurrently, scheduled by the Go runtime.',
  '',
  '## What is a channel?',
  '',
  'A typed pipe between goroutines.',
  '',
].join('\n');
const SQL = '# SQL\n\n## What is an index?\n\nA sorted structure for lookups.\n';
const BEHAVIORAL = '# Behavioral\n\n## Tell me about a time you disagreed with your manager.\n\nI pushed back on a rewrite.\n';

const cores: TestCore[] = [];
let t: TestCore;
let clock: FakeClock;

afterEach(async () => {
  for (const core of cores.splice(0)) await core.cleanup();
});

async function open(options: TestCoreOptions = {}): Promise<TestCore> {
  clock = options.clock instanceof FakeClock ? options.clock : new FakeClock();
  t = await createTestCore({ files: { 'Go.md': GO, 'SQL.md': SQL, 'Behavioral.md': BEHAVIORAL }, clock, ...options });
  cores.push(t);
  await expect.poll(async () => (await t.call('drills:overview')).ready, { timeout: 10_000 }).toBe(true);
  return t;
}

const technical = (patch: Partial<MockPlan> = {}): MockPlan => ({ ...MOCK_FORMATS[1]!.plan, questionCount: 2, thinkSeconds: 0, shuffle: false, tags: ['go'], ...patch });
const mockDir = () => path.join(vaultDataDir(t.dataDir, t.vaultDir), 'mock');
const sessionFile = async (id: string) => JSON.parse(await fsp.readFile(path.join(mockDir(), `${id}.json`), 'utf8'));
const inVault = (file: string) => fsp.readFile(path.join(t.vaultDir, file), 'utf8');
const seconds = (s: number) => clock.advance(s * SECOND);
const changedEvents = () => t.events.filter((event) => event.name === 'mock:changed').map((event) => (event.payload as { session: MockSession | null }).session);

/** A two-question technical session answered (typed), the first one into overtime. */
async function answeredSession(started?: MockSession): Promise<MockSession> {
  const session = started ?? (await t.call('mock:start', { plan: technical() }));
  seconds(100);
  await t.call('mock:saveAnswer', { sessionId: session.id, index: 0, typed: 'Cheap **concurrent** functions.' });
  seconds(95); // 15 s over
  await t.call('mock:next', { sessionId: session.id });
  seconds(30);
  await t.call('mock:saveAnswer', { sessionId: session.id, index: 1, typed: 'A pipe.' });
  return t.call('mock:next', { sessionId: session.id });
}

describe('mock interviews in the core', () => {
  it('offers the ready-made formats without a vault', async () => {
    t = await createTestCore({ openVault: false });
    cores.push(t);
    const formats = await t.call('mock:formats');
    expect(formats.map((format) => `${format.label}: ${format.description}`)).toEqual([
      'Behavioral: 5 questions, 2 minutes each',
      'Technical: 5 questions, 3 minutes each',
      'Mixed: 6 questions, behavioral and technical in turn, 2½ minutes each',
    ]);
    expect(formats[0]!.plan).toMatchObject({ kind: 'behavioral', thinkSeconds: 30, answerSeconds: 120, autoAdvance: false });
    await expect(t.call('mock:start', { plan: formats[0]!.plan })).rejects.toMatchObject({ code: 'NO_VAULT' });
    expect(await t.call('mock:active')).toBeNull();
  });

  it('runs a session on the timer, saves it on every change, and writes the report when it finishes', async () => {
    await open();
    const session = await t.call('mock:start', { plan: technical() });
    expect(session.questions.map((question) => question.text)).toEqual(['What is a goroutine?', 'What is a channel?']);
    expect(session).toMatchObject({ status: 'running', current: 0, phase: 'answering', title: expect.stringMatching(/^Technical · \d{4}-\d\d-\d\d \d\d:\d\d$/) });
    expect(await t.call('timer:get')).toMatchObject({ label: 'Mock 1/2: answer', durationMs: 180 * SECOND });
    expect((await sessionFile(session.id)).session).toMatchObject({ status: 'running', phase: 'answering' });
    expect(await t.call('mock:active')).toEqual(session);

    const done = await answeredSession(session);
    expect(done).toMatchObject({ status: 'finished', phase: 'done', current: 2, reportPath: expect.stringMatching(/^Mock interviews\/.* Technical\.md$/) });
    expect(done.answers.map(({ typed, usedMs, overtimeMs }) => ({ typed, usedMs, overtimeMs }))).toEqual([
      { typed: 'Cheap **concurrent** functions.', usedMs: 195 * SECOND, overtimeMs: 15 * SECOND },
      { typed: 'A pipe.', usedMs: 30 * SECOND, overtimeMs: 0 },
    ]);
    expect(await t.call('mock:active')).toBeNull();
    expect((await t.call('timer:get')).status).toBe('idle');
    expect(changedEvents().map((s) => s && `${s.status} ${s.current} ${s.phase}`)).toEqual([
      'running 0 answering',
      'running 0 overtime',
      'running 1 answering',
      'finished 2 done',
    ]);

    const report = await inVault(done.reportPath!);
    expect(report).toContain('kind: technical\nquestions: 2\nanswered: 2\n---');
    expect(report).toContain('## 1. What is a goroutine?\n\n- Time: 3:15 of 3:00, 0:15 over');
    expect(report).toContain('Cheap **concurrent** functions.');
    // The report repeats the notes' questions: it is no deck of its own.
    await expect.poll(async () => (await t.call('drills:overview')).decks.map((deck) => deck.notePath)).toEqual(['Behavioral.md', 'Go.md', 'SQL.md']);

    expect(await t.call('mock:history')).toEqual([
      { id: done.id, title: done.title, startedAt: done.startedAt, status: 'finished', questionCount: 2, answered: 2, reportPath: done.reportPath },
    ]);
    const review = await t.call('mock:review', { sessionId: done.id });
    expect(review.warnings).toEqual([]);
    expect(review.items.map((item) => [item.targetMs, item.referenceAnswer, item.coachFindings])).toEqual([
      [180 * SECOND, 'A function running concurrently, scheduled by the Go runtime.', null],
      [180 * SECOND, 'A typed pipe between goroutines.', null],
    ]);
  });

  it('gives behavioral answers the STAR coach’s findings in the review', async () => {
    await open();
    const plan: MockPlan = { ...MOCK_FORMATS[0]!.plan, questionCount: 1, thinkSeconds: 0, shuffle: false };
    const session = await t.call('mock:start', { plan });
    // The notes' own question comes before the bank's.
    expect(session.questions[0]).toMatchObject({ text: 'Tell me about a time you disagreed with your manager.', kind: 'behavioral', notePath: 'Behavioral.md' });
    await t.call('mock:saveAnswer', { sessionId: session.id, index: 0, typed: '## Situation\n\nWe basically had a rewrite planned.\n' });
    await t.call('mock:finish', { sessionId: session.id });
    const review = await t.call('mock:review', { sessionId: session.id });
    expect(review.items[0]!.referenceAnswer).toBeNull();
    expect(review.items[0]!.coachFindings?.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['missing-section', 'filler']));
  });

  it('keeps a session started while another runs, the first as partial with its report', async () => {
    await open();
    const first = await t.call('mock:start', { plan: technical() });
    seconds(40);
    const second = await t.call('mock:start', { plan: technical({ tags: [] }) });
    const history = await t.call('mock:history');
    expect(history.map((item) => [item.id, item.status])).toEqual(
      expect.arrayContaining([
        [first.id, 'partial'],
        [second.id, 'running'],
      ]),
    );
    expect(await inVault(history.find((item) => item.id === first.id)!.reportPath!)).toContain('Left unfinished.');
    // Same minute, same format: its own report name and recordings folder.
    const names = new Set((await fsp.readdir(path.join(t.vaultDir, 'Mock interviews'))).filter((name) => name.endsWith('.md')));
    expect(names.size).toBe(1);
    await t.call('mock:finish', { sessionId: second.id });
    expect(new Set((await fsp.readdir(path.join(t.vaultDir, 'Mock interviews'))).filter((name) => name.endsWith('.md'))).size).toBe(2);
  });

  it('restores a session the app stopped in the middle of as paused, at the same question with what was typed', async () => {
    await open();
    const session = await t.call('mock:start', { plan: technical() });
    seconds(70);
    await t.call('mock:next', { sessionId: session.id });
    seconds(50);
    await t.call('mock:saveAnswer', { sessionId: session.id, index: 1, typed: 'Half an answ' });
    // What a crash leaves: the file as last saved while running.
    const crashed = await fsp.readFile(path.join(mockDir(), `${session.id}.json`), 'utf8');
    expect(JSON.parse(crashed)).toMatchObject({ session: { status: 'running' }, phaseElapsedMs: 50 * SECOND });
    await t.core.stop();
    await fsp.writeFile(path.join(mockDir(), `${session.id}.json`), crashed);

    const before = t;
    await open({ vaultDir: before.vaultDir, dataDir: before.dataDir });
    const restored = await t.call('mock:active');
    expect(restored).toMatchObject({ id: session.id, status: 'paused', current: 1, phase: 'answering' });
    expect(restored!.answers[1]!.typed).toBe('Half an answ');
    expect((await sessionFile(session.id)).session.status).toBe('paused');
    expect((await t.call('timer:get')).status).toBe('idle');

    const resumed = await t.call('mock:resume', { sessionId: session.id });
    expect(resumed.status).toBe('running');
    expect(await t.call('timer:get')).toMatchObject({ label: 'Mock 2/2: answer', remainingMs: 130 * SECOND });
    seconds(10);
    const ended = await t.call('mock:next', { sessionId: session.id });
    expect(ended.answers.map((answer) => answer.usedMs)).toEqual([70 * SECOND, 60 * SECOND]);
  });

  it('saves a running session as paused when the app quits cleanly', async () => {
    await open();
    const session = await t.call('mock:start', { plan: technical() });
    seconds(25);
    await t.core.stop();
    expect(await sessionFile(session.id)).toMatchObject({ session: { status: 'paused' }, phaseElapsedMs: 25 * SECOND });
  });

  it('never overwrites a report edited by hand; the history and review still open from the session', async () => {
    await open();
    const done = await answeredSession();
    const edited = `${await inVault(done.reportPath!)}\nMy own notes on this session.\n`;
    await fsp.writeFile(path.join(t.vaultDir, done.reportPath!), edited);
    const review = await t.call('mock:rate', { sessionId: done.id, index: 0, rating: 3, notes: 'Slower.' });
    expect(review.session.answers[0]).toMatchObject({ rating: 3, notes: 'Slower.' });
    expect(review.warnings).toEqual([expect.stringContaining('was edited outside the app, so the app no longer updates it')]);
    expect(await inVault(done.reportPath!)).toBe(edited);
    expect((await t.call('mock:history'))[0]).toMatchObject({ id: done.id, status: 'finished' });
  });

  it('updates an untouched report when an answer is rated, and warns of what is gone since', async () => {
    await open();
    const done = await answeredSession();
    await t.call('mock:rate', { sessionId: done.id, index: 1, rating: 5 });
    await t.call('mock:rate', { sessionId: done.id, index: 1, notes: 'Say what a buffered channel is.' });
    const report = await inVault(done.reportPath!);
    expect(report).toContain('- Rating: 5/5\n\n### Answer\n\nA pipe.\n\n### To improve\n\nSay what a buffered channel is.\n');
    // Ratings and notes are kept apart: leaving one out keeps it.
    expect((await t.call('mock:rate', { sessionId: done.id, index: 1, rating: null })).session.answers[1]).toMatchObject({ rating: null, notes: 'Say what a buffered channel is.' });

    await fsp.writeFile(path.join(t.vaultDir, 'Go.md'), '# Go\n\nNothing here now.\n');
    await t.call('notes:read', { path: 'Go.md' }); // the core learns of it as the watcher would
    await fsp.rm(path.join(t.vaultDir, done.reportPath!));
    const review = await t.call('mock:review', { sessionId: done.id });
    expect(review.items.map((item) => item.referenceAnswer)).toEqual([null, null]);
    expect(review.warnings).toEqual([
      'Question 1 (“What is a goroutine?”) is no longer in your notes, so its reference answer cannot be shown.',
      'Question 2 (“What is a channel?”) is no longer in your notes, so its reference answer cannot be shown.',
      `The report “${done.reportPath}” is no longer in the vault (moved or deleted), so the app does not write it again.`,
    ]);
    await t.call('mock:rate', { sessionId: done.id, index: 0, rating: 2 });
    await expect(inVault(done.reportPath!)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('sets a damaged session file aside with a notice, and the rest of the history opens', async () => {
    await open();
    const done = await answeredSession();
    await t.core.stop();
    await fsp.writeFile(path.join(mockDir(), 'broken.json'), '{"session": {"id": "broken"');
    await fsp.writeFile(path.join(mockDir(), 'hostile.json'), JSON.stringify({ ...(await sessionFile(done.id)), baseName: '../../outside' }));

    const before = t;
    await open({ vaultDir: before.vaultDir, dataDir: before.dataDir });
    expect((await t.call('mock:history')).map((item) => item.id)).toEqual([done.id]);
    const notices = (await t.call('app:notices')) as Notice[];
    expect(notices.filter((notice) => notice.message.includes('mock interview session could not be read'))).toHaveLength(2);
    const files = await fsp.readdir(mockDir());
    expect(files.filter((name) => /^broken\.json\.damaged-\d+$/.test(name))).toHaveLength(1);
    expect(files.filter((name) => /^hostile\.json\.damaged-\d+$/.test(name))).toHaveLength(1);
    expect(files).not.toContain('broken.json');
  });

  it('writes a recording beside the report; a full disk fails clearly and keeps the typed answer and the session', async () => {
    let diskFull = false;
    await open({ writeFs: failWritesWhen(() => diskFull, nodeAtomicWriteFs) });
    const session = await t.call('mock:start', { plan: technical() });
    await t.call('mock:saveAnswer', { sessionId: session.id, index: 0, typed: 'Typed before the disk filled up.' });
    const audio = Buffer.alloc(64 * 1024, 7);
    const args = { sessionId: session.id, index: 0, mimeType: 'audio/webm;codecs=opus', base64: audio.toString('base64'), durationMs: 12_000 };

    diskFull = true;
    await expect(t.call('mock:saveRecording', args)).rejects.toMatchObject({
      code: 'DISK_FULL',
      message: expect.stringMatching(/^The recording of question 1 was not saved\. .*disk is full.* Your typed answer and the session are kept\.$/),
    });
    expect((await t.call('mock:active'))!).toMatchObject({ status: 'running', answers: [{ typed: 'Typed before the disk filled up.', recording: null }, {}] });
    expect((await sessionFile(session.id)).session.answers[0].typed).toBe('Typed before the disk filled up.');

    diskFull = false;
    const recording = await t.call('mock:saveRecording', args);
    expect(recording).toEqual({ path: expect.stringMatching(/^Mock interviews\/.* Technical\/q1\.webm$/), mimeType: 'audio/webm;codecs=opus', durationMs: 12_000 });
    expect(await fsp.readFile(path.join(t.vaultDir, recording.path))).toEqual(audio);
    expect(await t.core.resolveAsset(recording.path)).toBe(path.join(t.vaultDir, recording.path));
    expect(changedEvents().at(-1)!.answers[0]!.recording).toEqual(recording);

    const done = await t.call('mock:finish', { sessionId: session.id });
    expect(await inVault(done.reportPath!)).toContain(`- Recording: [q1.webm](${encodeURIComponent(path.posix.basename(path.posix.dirname(recording.path)))}/q1.webm) (0:12)`);
    await fsp.rm(path.join(t.vaultDir, recording.path));
    expect((await t.call('mock:review', { sessionId: session.id })).warnings).toContain(`The recording of question 1 (“${recording.path}”) is missing: it was moved or deleted.`);
  });

  // 14 MB through base64 and an fsync: seconds on a busy machine, so more time than the default.
  it('keeps a 30-minute recording (about 14 MB of Opus) whole, through the contract’s checks', { timeout: 60_000 }, async () => {
    await open();
    const session = await t.call('mock:start', { plan: technical() });
    const bytes = Buffer.alloc(30 * 60 * 8000);
    for (let i = 0; i < bytes.length; i += 4096) bytes[i] = i % 251;
    const recording = await t.call('mock:saveRecording', { sessionId: session.id, index: 0, mimeType: 'audio/webm;codecs=opus', base64: bytes.toString('base64'), durationMs: 30 * 60 * 1000 });
    expect(recording.durationMs).toBe(30 * 60 * 1000);
    expect((await fsp.readFile(path.join(t.vaultDir, recording.path))).equals(bytes)).toBe(true);
  });

  it('deletes a session: its report and recordings to the trash, its file gone', async () => {
    await open();
    const session = await t.call('mock:start', { plan: technical() });
    const recording = await t.call('mock:saveRecording', { sessionId: session.id, index: 0, mimeType: 'audio/ogg', base64: 'T2dnUw==', durationMs: 1000 });
    const done = await t.call('mock:finish', { sessionId: session.id });
    await t.call('mock:delete', { sessionId: done.id });
    expect(await t.call('mock:history')).toEqual([]);
    await expect(fsp.stat(path.join(mockDir(), `${done.id}.json`))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fsp.stat(path.join(t.vaultDir, done.reportPath!))).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(fsp.stat(path.join(t.vaultDir, recording.path))).rejects.toMatchObject({ code: 'ENOENT' });
    const trash = await fsp.readdir(path.join(t.vaultDir, '.trash'));
    expect(trash).toEqual(expect.arrayContaining([path.posix.basename(done.reportPath!), path.posix.basename(path.posix.dirname(recording.path))]));
    await expect(t.call('mock:review', { sessionId: done.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('deleting the running session stops it and lets the timer go', async () => {
    await open();
    const session = await t.call('mock:start', { plan: technical() });
    await t.call('mock:delete', { sessionId: session.id });
    expect(await t.call('mock:active')).toBeNull();
    expect(changedEvents().at(-1)).toBeNull();
    expect((await t.call('timer:get')).status).toBe('idle');
    seconds(600);
    await expect(fsp.stat(path.join(mockDir(), `${session.id}.json`))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('says why when nothing matches the set-up', async () => {
    await open();
    await expect(t.call('mock:start', { plan: technical({ tags: ['rust'] }) })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'No technical questions match this set-up: tags #rust. Widen the set-up, or add questions to your notes.',
    });
    expect(await t.call('mock:history')).toEqual([]);
  });

  it('refuses hostile arguments with typed errors and changes nothing', async () => {
    await open();
    const session = await t.call('mock:start', { plan: technical() });
    const id = session.id;
    const attempts: [string, unknown, string][] = [
      ['mock:next', { sessionId: '../x' }, 'INVALID_ARGUMENT'],
      ['mock:review', { sessionId: '../../etc/passwd' }, 'INVALID_ARGUMENT'],
      ['mock:delete', { sessionId: 'A/B' }, 'INVALID_ARGUMENT'],
      ['mock:pause', { sessionId: 'x'.repeat(65) }, 'INVALID_ARGUMENT'],
      ['mock:review', { sessionId: 'no-such-session' }, 'NOT_FOUND'],
      ['mock:next', { sessionId: id, extra: 1 }, 'INVALID_ARGUMENT'],
      ['mock:saveAnswer', { sessionId: id, index: 5, typed: 'x' }, 'INVALID_ARGUMENT'],
      ['mock:saveAnswer', { sessionId: id, index: 1, typed: 'not asked yet' }, 'INVALID_ARGUMENT'],
      ['mock:saveAnswer', { sessionId: id, index: -1, typed: 'x' }, 'INVALID_ARGUMENT'],
      ['mock:saveAnswer', { sessionId: id, index: 100, typed: 'x' }, 'INVALID_ARGUMENT'],
      ['mock:saveAnswer', { sessionId: id, index: 0.5, typed: 'x' }, 'INVALID_ARGUMENT'],
      ['mock:rate', { sessionId: id, index: 2, rating: 3 }, 'INVALID_ARGUMENT'],
      ['mock:rate', { sessionId: id, index: 0, rating: 6 }, 'INVALID_ARGUMENT'],
      ['mock:saveRecording', { sessionId: id, index: 0, mimeType: 'text/html', base64: 'AAAA', durationMs: 1 }, 'INVALID_ARGUMENT'],
      ['mock:saveRecording', { sessionId: id, index: 0, mimeType: 'audio/x-unknown', base64: 'AAAA', durationMs: 1 }, 'INVALID_ARGUMENT'],
      ['mock:saveRecording', { sessionId: id, index: 0, mimeType: 'audio/webm', base64: '../../x', durationMs: 1 }, 'INVALID_ARGUMENT'],
      ['mock:saveRecording', { sessionId: id, index: 9, mimeType: 'audio/webm', base64: 'AAAA', durationMs: 1 }, 'INVALID_ARGUMENT'],
      ['mock:start', { plan: { ...technical(), questionCount: 1000 } }, 'INVALID_ARGUMENT'],
      ['mock:start', { plan: { ...technical(), notePaths: ['../outside'], evil: true } }, 'INVALID_ARGUMENT'],
      ['mock:start', { plan: { ...technical(), answerSeconds: 1 } }, 'INVALID_ARGUMENT'],
    ];
    for (const [name, args, code] of attempts) {
      await expect(t.call(name as 'mock:next', args as never), `${name} ${JSON.stringify(args).slice(0, 80)}`).rejects.toMatchObject({ code });
    }
    // A path out of the vault in a plan selects nothing; it never reads outside.
    await expect(t.call('mock:start', { plan: technical({ notePaths: ['../outside'], tags: [] }) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.call('mock:active')).toMatchObject({ id, status: 'running', answers: [{ typed: '', recording: null }, { typed: '' }] });
    expect((await fsp.readdir(t.vaultDir)).sort()).toEqual(['Behavioral.md', 'Go.md', 'SQL.md']);
  });
});
