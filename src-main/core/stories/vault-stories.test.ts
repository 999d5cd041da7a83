/** The stories of a vault through the core's boundary, as the renderer calls them. */
import { readFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_COMPETENCIES, QUESTION_BANK } from '.';
import { normalizeQuestion } from '../cards';
import { systemClock } from '../clock';
import { createAtomicWriter } from '../fs/atomic-write';
import { hashText } from '../fs/text-file';
import { FakeClock } from '../testing/fake-clock';
import { fakePlatform } from '../testing/fake-platform';
import { createTestCore, silentLogger, type TestCore } from '../testing/test-core';
import { VaultSession } from '../vault/vault-session';
import { StoryCatalog } from './story-catalog';
import { VaultStories } from './vault-stories';

let t: TestCore;
afterEach(async () => {
  await t?.cleanup();
});

const NOTES = readFileSync(path.join(__dirname, '../../../fixtures/examples/interview-notes.md'), 'utf8');

const LED = 'Tell me about a time you led a team through a difficult change.';
const MIGRATION = [
  '---',
  'title: Led a migration',
  '# tags the matrix counts',
  'competencies: [leadership, ownership]',
  'questions:',
  `  - ${LED}`,
  'target: 90',
  '---',
  '# Led a migration',
  '',
  '## Situation',
  '',
  'Our payment database was losing vendor support in eight weeks.',
  '',
  '## Task',
  '',
  'I had to move it with at most five minutes of downtime.',
  '',
  '## Action',
  '',
  '- I wrote a plan with a [rollback path](https://example.com/plan) and risks.',
  '- I set up **dual writes** behind a flag.',
  '- I rehearsed the cut-over three times.',
  '- I sent a status note every Friday.',
  '',
  '## Result',
  '',
  'We switched two weeks early with three minutes of downtime.',
  '',
].join('\n');
const CONFLICT_STORY = '---\ntitle: Disagreed about a rewrite\ncompetencies: [conflict]\n---\n## Situation\n\nMy manager wanted a rewrite.\n';
const BEHAVIORAL = [
  '# Behavioral',
  '',
  '## Tell me about a time you disagreed with your manager.',
  '',
  'I pushed back on a rewrite.',
  '',
  '## Describe a conflict with a teammate and how you resolved it?',
  '',
  '## What is a goroutine?',
  '',
  'A lightweight thread.',
  '',
].join('\n');

const disk = (file: string) => fsp.readFile(path.join(t.vaultDir, file), 'utf8');
const summaryOf = async (storyPath: string) => (await t.call('stories:list')).stories.find((story) => story.path === storyPath);

/** Every file of a folder and its content, to prove a refused call changed nothing. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await fsp.readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    files[path.relative(folder, file)] = await fsp.readFile(file, 'utf8');
  }
  return files;
}

/** The questions once the drills have read the notes' cards. */
async function questionsOnceScanned() {
  await expect.poll(async () => (await t.call('drills:overview')).ready, { timeout: 10_000 }).toBe(true);
  return t.call('stories:questions');
}

describe('the story list', () => {
  it('lists the Markdown notes under Stories/ at any depth, with what the list shows of each', async () => {
    t = await createTestCore({
      files: { 'Stories/Led a migration.md': MIGRATION, 'Stories/2024/Old.mdx': '# Old\n\n## Situation\n\nA while ago.\n', 'Stories/notes.txt': 'x', 'Notes/other.md': '# Other\n' },
    });
    const list = await t.call('stories:list');
    expect(list.competencies).toEqual(DEFAULT_COMPETENCIES);
    expect(list.stories.map((story) => story.path)).toEqual(['Stories/2024/Old.mdx', 'Stories/Led a migration.md']);
    expect(list.stories[1]).toMatchObject({
      hash: hashText(MIGRATION),
      title: 'Led a migration',
      competencies: ['leadership', 'ownership'],
      unknownCompetencies: [],
      questions: [LED],
      targetSeconds: 90,
      lastRehearsed: null,
      rating: null,
      missing: [],
    });
    expect(list.stories[1]!.words).toBe(63);
    expect(list.stories[1]!.spokenSeconds).toBe(Math.round((list.stories[1]!.words / 140) * 60));
    expect(list.stories[0]).toMatchObject({ title: 'Old', missing: ['task', 'action', 'result'], warnings: 3 });
  });

  it('opens stories with no front matter, renamed, missing or out-of-order sections, and names they no longer have in the settings', async () => {
    const bare = '# Shipped the search\n\n## Result\n\nCut p95 from 800 ms to 120 ms.\n\n## Action\n\nI rewrote the index.\n';
    const renamed = [
      '---',
      'title: Mediated a dispute',
      'competencies: [Conflict, mediation, delivering under pressure]',
      '---',
      '### S — Situation',
      'Two teams blamed each other for outages.',
      '## What I did',
      'I ran a joint review.',
      '## Outcome',
      'Outages fell by half.',
      '',
    ].join('\n');
    t = await createTestCore({ files: { 'Stories/bare.md': bare, 'Stories/renamed.md': renamed } });
    const [bareStory, renamedStory] = (await t.call('stories:list')).stories;
    expect(bareStory).toMatchObject({ title: 'Shipped the search', competencies: [], missing: ['situation', 'task'] });
    expect(renamedStory).toMatchObject({ competencies: ['conflict'], unknownCompetencies: ['mediation', 'delivering under pressure'], missing: ['task'] });

    const coach = await t.call('stories:coach', { text: bare });
    expect(coach.findings.filter((f) => f.rule === 'missing-section').map((f) => f.section)).toEqual(['situation', 'task']);

    // An edit adds the front matter; every byte of the story is kept after it.
    await t.call('stories:link', { path: 'Stories/bare.md', question: LED, linked: true });
    const edited = await disk('Stories/bare.md');
    expect(edited.startsWith('---\nquestions:\n')).toBe(true);
    expect(edited.endsWith(`---\n${bare}`)).toBe(true);
  });

  it('lists and coaches a story of 10,000 words', async () => {
    const sentence = 'I measured every query and removed the slowest joins one by one. ';
    const action = sentence.repeat(Math.ceil(10_000 / 12));
    t = await createTestCore({ files: { 'Stories/long.md': `# Long\n\n## Situation\n\nx\n\n## Task\n\ny\n\n## Action\n\n${action}\n\n## Result\n\nDone in 3 days.\n` } });
    const [story] = (await t.call('stories:list')).stories;
    expect(story!.words).toBeGreaterThanOrEqual(10_000);
    expect(story!.spokenSeconds).toBeGreaterThan(4000);
    const report = await t.call('stories:coach', { text: await disk('Stories/long.md') });
    expect(report.findings.map((f) => f.rule)).toContain('too-long');
    const outline = (await t.call('stories:rehearsal', { path: 'Stories/long.md' })).outline.find((o) => o.section === 'action')!;
    expect(outline.points).toEqual(Array(3).fill(sentence.trim()));
  });

  it('follows stories edited, added and removed on disk, and tells the windows', async () => {
    t = await createTestCore({ files: { 'Stories/a.md': MIGRATION } });
    await t.waitForEvent('stories:changed').catch(() => undefined); // the opening's, if the list was read after the window asked
    t.events.length = 0;
    await fsp.writeFile(path.join(t.vaultDir, 'Stories/a.md'), MIGRATION.replace('title: Led a migration', 'title: Led the migration'));
    await expect.poll(async () => (await summaryOf('Stories/a.md'))?.title, { timeout: 5000 }).toBe('Led the migration');
    await t.waitForEvent('stories:changed');

    await fsp.writeFile(path.join(t.vaultDir, 'Stories/b.md'), CONFLICT_STORY);
    await expect.poll(async () => (await summaryOf('Stories/b.md'))?.competencies, { timeout: 5000 }).toEqual(['conflict']);
    await fsp.rm(path.join(t.vaultDir, 'Stories/a.md'));
    await expect.poll(async () => (await t.call('stories:list')).stories.map((s) => s.path), { timeout: 5000 }).toEqual(['Stories/b.md']);
    await t.call('notes:rename', { from: 'Stories/b.md', to: 'Stories/c.md' });
    await expect.poll(async () => (await t.call('stories:list')).stories.map((s) => s.path), { timeout: 5000 }).toEqual(['Stories/c.md']);
  });
});

describe('creating a story', () => {
  it('makes the Stories folder, and never writes over a file: "Title 2", "Title 4" after a "Title 3" of the user’s', async () => {
    t = await createTestCore({ files: { 'Welcome.md': '# Hi\n' } });
    const created = await t.call('stories:create', { title: 'Led a migration', competencies: ['leadership'], questions: [LED] });
    expect(created.path).toBe('Stories/Led a migration.md');
    expect(await summaryOf(created.path)).toMatchObject({ title: 'Led a migration', competencies: ['leadership'], questions: [LED], missing: [] });
    expect((await t.call('stories:create', { title: 'Led a migration' })).path).toBe('Stories/Led a migration 2.md');
    await fsp.writeFile(path.join(t.vaultDir, 'Stories/Led a migration 3.md'), 'mine');
    expect((await t.call('stories:create', { title: 'Led a migration' })).path).toBe('Stories/Led a migration 4.md');
    expect(await disk('Stories/Led a migration 3.md')).toBe('mine');
    expect((await t.call('stories:create', { title: 'What: a/b? [draft]' })).path).toBe('Stories/What a b draft.md');
    expect((await t.call('stories:create', { title: '../..' })).path).toBe('Stories/Untitled story.md');
  });

  it('turns a question of the notes with a draft answer into a story linked to it (round 2 of the example notes)', async () => {
    t = await createTestCore({ files: { 'Interview notes.md': NOTES } });
    const questions = await questionsOnceScanned();
    const persuade = questions.find((q) => q.text.startsWith('Do you persuade your team to raise an idea'))!;
    expect(persuade).toMatchObject({ source: 'notes', card: { notePath: 'Interview notes.md', hasDraft: true }, storyPaths: [] });
    const before = await disk('Interview notes.md');

    const { path: story } = await t.call('stories:create', { title: 'Persuaded my team to adopt an idea', fromCardId: persuade.card!.id });
    const content = await disk(story);
    expect(content).toContain('\n# Persuaded my team to adopt an idea\n');
    expect(content).toContain('First I need create jira ticket');
    expect(content).toContain('consult with higher level who can solve that issue');
    expect(await summaryOf(story)).toMatchObject({ title: 'Persuaded my team to adopt an idea', questions: [persuade.text] });
    expect(await disk('Interview notes.md')).toBe(before);
    const linked = (await t.call('stories:questions')).find((q) => q.text === persuade.text)!;
    expect(linked).toMatchObject({ storyPaths: [story], suggestions: [] });

    await expect(t.call('stories:create', { title: 'x', fromCardId: 'no-such-card' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('recorded takes', () => {
  it('keeps takes under Stories/Takes/, lists them newest first, and refuses what is not audio or not a story', async () => {
    t = await createTestCore({ files: { 'Stories/Work/a.md': MIGRATION } });
    expect(await t.call('stories:takes', { path: 'Stories/Work/a.md' })).toEqual([]);
    const audio = Buffer.from('OggS fake audio bytes').toString('base64');
    const first = await t.call('stories:saveTake', { path: 'Stories/Work/a.md', mimeType: 'audio/ogg', base64: audio });
    expect(first.path).toMatch(/^Stories\/Takes\/Work\/a\/\d{4}-\d\d-\d\d \d\d-\d\d-\d\d\.ogg$/);
    expect(await disk(first.path)).toBe('OggS fake audio bytes');
    const second = await t.call('stories:saveTake', { path: 'Stories/Work/a.md', mimeType: 'audio/webm;codecs=opus', base64: audio });
    expect(second.path).not.toBe(first.path);
    expect(await disk(first.path)).toBe('OggS fake audio bytes');
    expect((await t.call('stories:takes', { path: 'Stories/Work/a.md' })).map((take) => take.path).sort()).toEqual([first.path, second.path].sort());
    // A take is no story: the list is unchanged.
    expect((await t.call('stories:list', {})).stories.map((story) => story.path)).toEqual(['Stories/Work/a.md']);

    await expect(t.call('stories:saveTake', { path: 'Stories/Work/a.md', mimeType: 'audio/x-nonsense', base64: audio })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(t.call('stories:saveTake', { path: 'Notes/a.md', mimeType: 'audio/ogg', base64: audio })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(t.call('stories:saveTake', { path: 'Stories/Work/a.md', mimeType: 'audio/ogg', base64: 'not base64!' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });
});

describe('editing a story’s front matter', () => {
  it('links and unlinks a question, leaving every other byte of the file as it was', async () => {
    t = await createTestCore({ files: { 'Stories/a.md': MIGRATION } });
    const asked = 'Describe a project where the requirements were unclear or kept changing.';
    const linked = await t.call('stories:link', { path: 'Stories/a.md', question: asked, linked: true });
    expect(linked).toMatchObject({ questions: [LED, asked], hash: hashText(await disk('Stories/a.md')) });
    expect(await disk('Stories/a.md')).toBe(MIGRATION.replace(`  - ${LED}\n`, `  - ${LED}\n  - ${asked}\n`));

    // Already linked (as far as case and punctuation go): nothing is written.
    const same = await t.call('stories:link', { path: 'Stories/a.md', question: asked.toUpperCase().replace('.', '!'), linked: true });
    expect(same.hash).toBe(linked.hash);

    const unlinked = await t.call('stories:link', { path: 'Stories/a.md', question: asked, linked: false });
    expect(unlinked.questions).toEqual([LED]);
    expect(await disk('Stories/a.md')).toBe(MIGRATION);
    expect(await summaryOf('Stories/a.md')).toMatchObject({ hash: hashText(MIGRATION), questions: [LED] });
  });

  it('sets the competencies, keeping the file’s inline list', async () => {
    t = await createTestCore({ files: { 'Stories/a.md': MIGRATION } });
    const summary = await t.call('stories:setCompetencies', { path: 'Stories/a.md', competencies: ['conflict', 'mentoring', 'conflict', 'retired-one'] });
    expect(summary).toMatchObject({ competencies: ['conflict', 'mentoring'], unknownCompetencies: ['retired-one'] });
    expect(await disk('Stories/a.md')).toBe(MIGRATION.replace('[leadership, ownership]', '[conflict, mentoring, retired-one]'));
  });

  it('records a rehearsal with the local date of the injected clock and the rating', async () => {
    const clock = new FakeClock();
    clock.now = () => new Date(2024, 4, 31, 23, 30).getTime(); // late evening: still the 31st where the user is
    t = await createTestCore({ files: { 'Stories/a.md': MIGRATION }, clock });
    expect(await t.call('stories:rehearsed', { path: 'Stories/a.md', rating: 4 })).toMatchObject({ lastRehearsed: '2024-05-31', rating: 4 });
    clock.now = () => new Date(2024, 5, 1, 9, 0).getTime();
    await t.call('stories:rehearsed', { path: 'Stories/a.md', rating: 5 });
    expect(await disk('Stories/a.md')).toBe(MIGRATION.replace('target: 90\n', 'target: 90\nlast_rehearsed: 2024-06-01\nrating: 5\n'));
  });

  it('refuses to replace a list the app cannot read, and front matter that is not valid YAML', async () => {
    t = await createTestCore({
      files: { 'Stories/odd.md': '---\nquestions: {a: 1}\n---\n## Situation\n', 'Stories/broken.md': '---\ntitle: [unclosed\n---\n## Situation\n' },
    });
    await expect(t.call('stories:link', { path: 'Stories/odd.md', question: LED, linked: true })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(t.call('stories:rehearsed', { path: 'Stories/broken.md', rating: 3 })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await disk('Stories/odd.md')).toBe('---\nquestions: {a: 1}\n---\n## Situation\n');
    expect(await disk('Stories/broken.md')).toBe('---\ntitle: [unclosed\n---\n## Situation\n');
  });

  it('refuses paths outside Stories/, `..`, links out of the vault and bad arguments, changing nothing', async () => {
    t = await createTestCore({ files: { 'Stories/a.md': MIGRATION, 'Notes/other.md': '# Other\n' } });
    const outside = path.join(t.vaultDir, '..', 'outside.md');
    await fsp.writeFile(outside, '# Secret\n');
    await fsp.symlink(outside, path.join(t.vaultDir, 'Stories', 'escape.md'));
    const before = await snapshot(path.join(t.vaultDir, '..'));
    const refused: [string, unknown, string][] = [
      ['stories:link', { path: 'Notes/other.md', question: LED, linked: true }, 'INVALID_ARGUMENT'],
      ['stories:link', { path: 'stories/a.md', question: LED, linked: true }, 'INVALID_ARGUMENT'],
      ['stories:link', { path: '../outside.md', question: LED, linked: true }, 'OUTSIDE_VAULT'],
      ['stories:rehearsed', { path: 'Stories/../Notes/other.md', rating: 3 }, 'OUTSIDE_VAULT'],
      ['stories:rehearsed', { path: 'Stories/escape.md', rating: 3 }, 'OUTSIDE_VAULT'],
      ['stories:rehearsal', { path: '/etc/passwd' }, 'OUTSIDE_VAULT'],
      ['stories:rehearsal', { path: 'Stories\\a.md' }, 'OUTSIDE_VAULT'],
      ['stories:rehearsal', { path: 'Stories/missing.md' }, 'NOT_FOUND'],
      ['stories:setCompetencies', { path: 'Stories/a.txt', competencies: [] }, 'INVALID_ARGUMENT'],
      ['stories:setCompetencies', { path: 'Stories/.hidden/a.md', competencies: [] }, 'INVALID_ARGUMENT'],
      ['stories:rehearsed', { path: 'Stories/a.md', rating: 6 }, 'INVALID_ARGUMENT'],
      ['stories:rehearsed', { path: 'Stories/a.md', rating: 2.5 }, 'INVALID_ARGUMENT'],
      ['stories:link', { path: 'Stories/a.md', question: '   ', linked: true }, 'INVALID_ARGUMENT'],
      ['stories:link', { path: 'Stories/a.md', question: LED }, 'INVALID_ARGUMENT'],
      ['stories:create', { title: '' }, 'INVALID_ARGUMENT'],
      ['stories:create', { title: 'x', folder: '..' }, 'INVALID_ARGUMENT'],
      ['stories:create', { title: 'x', fromCardId: 'no-such-card' }, 'NOT_FOUND'],
      ['stories:coach', { text: 42 }, 'INVALID_ARGUMENT'],
      ['stories:list', { all: true }, 'INVALID_ARGUMENT'],
      ['stories:updateCompetencies', { competencies: [] }, 'INVALID_ARGUMENT'],
      ['stories:updateCompetencies', { competencies: [{ id: 'Not Kebab', label: 'x', description: '' }] }, 'INVALID_ARGUMENT'],
    ];
    for (const [name, args, code] of refused) {
      await expect(t.call(name as 'stories:link', args as never), `${name} ${JSON.stringify(args)}`).rejects.toMatchObject({ code });
    }
    expect(await snapshot(path.join(t.vaultDir, '..'))).toEqual(before);
  });
});

describe('questions, the matrix and rehearsal', () => {
  const files = { 'Behavioral.md': BEHAVIORAL, 'Stories/migration.md': MIGRATION, 'Stories/conflict.md': CONFLICT_STORY };

  it('lists our questions and the notes’ behavioral ones once each, with links and suggestions', async () => {
    t = await createTestCore({ files });
    const questions = await questionsOnceScanned();
    expect(questions).toHaveLength(QUESTION_BANK.length);
    expect(questions.some((q) => q.text === 'What is a goroutine?')).toBe(false);
    const disagreed = questions.filter((q) => normalizeQuestion(q.text) === 'tell me about a time you disagreed with your manager');
    expect(disagreed).toEqual([
      {
        text: 'Tell me about a time you disagreed with your manager.',
        source: 'notes',
        competencies: ['conflict'],
        card: { id: expect.any(String), notePath: 'Behavioral.md', line: 3, hasDraft: true },
        storyPaths: [],
        suggestions: [{ path: 'Stories/conflict.md', title: 'Disagreed about a rewrite', reason: 'Both about conflict' }],
      },
    ]);
    expect(questions.find((q) => q.text.startsWith('Describe a conflict with a teammate'))?.card?.hasDraft).toBe(false);
    expect(questions.find((q) => q.text === LED)).toMatchObject({ source: 'bank', card: null, storyPaths: ['Stories/migration.md'], suggestions: [] });
  });

  it('builds the matrix: coverage by competency, the gaps named, and the questions no story answers', async () => {
    t = await createTestCore({ files });
    await questionsOnceScanned();
    const matrix = await t.call('stories:matrix');
    expect(matrix.stories).toEqual([
      { path: 'Stories/conflict.md', title: 'Disagreed about a rewrite', competencies: ['conflict'] },
      { path: 'Stories/migration.md', title: 'Led a migration', competencies: ['leadership', 'ownership'] },
    ]);
    expect(matrix.competencies.find((c) => c.id === 'leadership')).toMatchObject({ label: 'Leadership', storyPaths: ['Stories/migration.md'] });
    expect(matrix.gaps).toContainEqual({ competencyId: 'mentoring', message: 'No story for mentoring yet' });
    expect(matrix.gaps.map((gap) => gap.competencyId)).not.toContain('conflict');
    expect(matrix.unlinkedQuestions).toContain('Tell me about a time you disagreed with your manager.');
    expect(matrix.unlinkedQuestions).not.toContain(LED);
    expect(matrix.unlinkedQuestions).toHaveLength(QUESTION_BANK.length - 1);
  });

  it('plans a rehearsal: phases that add up to the target, and an outline of each STAR section', async () => {
    t = await createTestCore({ files: { ...files, 'Stories/short.md': MIGRATION.replace('target: 90', 'target: 61') } });
    const plan = await t.call('stories:rehearsal', { path: 'Stories/migration.md' });
    expect(plan).toMatchObject({ path: 'Stories/migration.md', title: 'Led a migration', targetSeconds: 90 });
    expect(plan.phases.map((p) => [p.label, p.startsAtSeconds, p.seconds])).toEqual([
      ['Situation', 0, 15],
      ['Task', 15, 10],
      ['Action', 25, 45],
      ['Result', 70, 20],
    ]);
    expect(plan.outline.find((o) => o.section === 'action')!.points).toEqual([
      'I wrote a plan with a rollback path and risks.',
      'I set up dual writes behind a flag.',
      'I rehearsed the cut-over three times.',
    ]);
    const short = await t.call('stories:rehearsal', { path: 'Stories/short.md' });
    expect(short.phases.reduce((sum, p) => sum + p.seconds, 0)).toBe(61);
  });
});

describe('competencies', () => {
  it('starts from the defaults, takes an edited set, refuses duplicate ids, and shows stories’ removed ones as unknown', async () => {
    t = await createTestCore({ files: { 'Stories/a.md': MIGRATION } });
    expect(await t.call('stories:competencies')).toEqual(DEFAULT_COMPETENCIES);
    const edited = [
      { id: 'leadership', label: 'Leadership', description: 'Leading.' },
      { id: 'mediation', label: 'Mediation', description: 'Bringing sides together.' },
    ];
    t.events.length = 0;
    expect(await t.call('stories:updateCompetencies', { competencies: edited })).toEqual(edited);
    await t.waitForEvent('stories:changed');
    expect(await summaryOf('Stories/a.md')).toMatchObject({ competencies: ['leadership'], unknownCompetencies: ['ownership'] });
    expect(await disk('Stories/a.md')).toBe(MIGRATION);

    const twice = [...edited, { id: 'mediation', label: 'Mediating', description: '' }];
    await expect(t.call('stories:updateCompetencies', { competencies: twice })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringContaining('“mediation”') });
    expect(await t.call('stories:competencies')).toEqual(edited);
  });

  it('answers without a vault what needs none, and says a vault is needed for the rest', async () => {
    t = await createTestCore({ openVault: false });
    expect((await t.call('stories:coach', { text: '## Situation\n\nA.\n' })).sections).toHaveLength(1);
    expect(await t.call('stories:competencies')).toHaveLength(DEFAULT_COMPETENCIES.length);
    await expect(t.call('stories:list')).rejects.toMatchObject({ code: 'NO_VAULT' });
    await expect(t.call('stories:create', { title: 'x' })).rejects.toMatchObject({ code: 'NO_VAULT' });
  });
});

describe('a story changed on disk while the app edits it', () => {
  it('is a CONFLICT: the other program’s version stays, ours is not written', async () => {
    const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'stories-conflict-'));
    const file = path.join(root, 'Stories', 'a.md');
    await fsp.mkdir(path.dirname(file));
    await fsp.writeFile(file, MIGRATION);
    const session = await VaultSession.open(root, {
      platform: fakePlatform(),
      clock: systemClock,
      logger: silentLogger,
      emit: () => undefined,
      writer: createAtomicWriter(),
      undoDir: path.join(root, '.undo'),
      onGone: () => undefined,
    });
    try {
      const elsewhere = MIGRATION.replace('eight weeks', 'six weeks');
      // The other program saves between the app's read and its write.
      const notes = {
        read: async (notePath: string) => {
          const note = await session.service.read(notePath);
          await fsp.writeFile(file, elsewhere);
          return note;
        },
        write: session.service.write.bind(session.service),
        create: session.service.create.bind(session.service),
        createFolder: session.service.createFolder.bind(session.service),
        listAssets: session.service.listAssets.bind(session.service),
        writeAsset: session.service.writeAsset.bind(session.service),
      };
      const catalog = new StoryCatalog({ read: notes.read, logger: silentLogger, onChange: () => undefined });
      const stories = new VaultStories({ catalog, notes, cards: null, competencies: () => [...DEFAULT_COMPETENCIES], clock: systemClock });
      await expect(stories.rehearsed('Stories/a.md', 3)).rejects.toMatchObject({ code: 'CONFLICT' });
      expect(await fsp.readFile(file, 'utf8')).toBe(elsewhere);
    } finally {
      await session.close();
      await fsp.rm(root, { recursive: true, force: true });
    }
  });
});
