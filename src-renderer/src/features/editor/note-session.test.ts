import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoteFile } from '../../../../src-main/contract';
import { ClientError } from '../../lib/client';
import { AUTOSAVE_DELAY_MS, NoteSession, type SessionIO } from './note-session';

const file = (content: string, hash: string): NoteFile => ({ path: 'a.md', content, hash, mtimeMs: 0, size: content.length });

function setup(initial = 'hello\n') {
  let editorText = initial;
  const disk = { content: initial, hash: 'h0' };
  let writes = 0;
  const io: SessionIO = {
    write: vi.fn(async ({ content, expectedHash, force }) => {
      if (!force && expectedHash !== disk.hash) throw new ClientError('CONFLICT', 'changed on disk');
      writes++;
      disk.content = content;
      disk.hash = `h${writes}`;
      return { path: 'a.md', hash: disk.hash, mtimeMs: 0 };
    }),
    read: vi.fn(async () => file(disk.content, disk.hash)),
  };
  const reloads: string[] = [];
  const session = new NoteSession('a.md', file(initial, 'h0'), io, () => editorText, (f) => {
    editorText = f.content;
    reloads.push(f.content);
  });
  return {
    session,
    io,
    disk,
    reloads,
    type: (text: string) => {
      editorText = text;
      session.changed();
    },
    writes: () => writes,
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('NoteSession', () => {
  it('autosaves once typing has stopped for the delay', async () => {
    const t = setup();
    t.type('hello w');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    t.type('hello world');
    expect(t.session.getStatus()).toEqual({ kind: 'unsaved' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 100);
    expect(t.writes()).toBe(0);
    await vi.advanceTimersByTimeAsync(200);
    expect(t.writes()).toBe(1);
    expect(t.disk.content).toBe('hello world');
    expect(t.session.getStatus()).toEqual({ kind: 'saved' });
  });

  it('does not write content identical to what was read (an edit undone)', async () => {
    const t = setup('same\n');
    t.type('changed\n');
    t.type('same\n');
    expect(await t.session.save()).toBe(true);
    expect(t.io.write).not.toHaveBeenCalled();
    expect(t.session.getStatus()).toEqual({ kind: 'saved' });
  });

  it('saves immediately on demand and bases the next save on the new hash', async () => {
    const t = setup();
    t.type('one');
    await t.session.save();
    t.type('two');
    await t.session.save();
    expect(t.io.write).toHaveBeenLastCalledWith({ path: 'a.md', content: 'two', expectedHash: 'h1', force: false });
  });

  it('reloads a clean note when it changes on disk', async () => {
    const t = setup();
    t.disk.content = 'from elsewhere';
    t.disk.hash = 'other';
    await t.session.diskChanged('other');
    expect(t.reloads).toEqual(['from elsewhere']);
    expect(t.session.getStatus()).toEqual({ kind: 'saved' });
  });

  it('bug: a note just opened (only the quiet check pending) raised a conflict on a change on disk instead of reloading', async () => {
    const t = setup();
    t.session.changedQuietly();
    t.disk.content = 'from elsewhere';
    t.disk.hash = 'other';
    await t.session.diskChanged('other');
    expect(t.reloads).toEqual(['from elsewhere']);
    expect(t.session.getStatus()).toEqual({ kind: 'saved' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(t.writes()).toBe(0);
  });

  it('bug: a note just opened and deleted on disk was kept open as if it had unsaved edits', () => {
    const t = setup();
    t.session.changedQuietly();
    expect(t.session.hasUnsavedChanges()).toBe(false);
    t.session.diskRemoved();
    expect(t.session.getStatus()).toEqual({ kind: 'saved' });
  });

  it('ignores the change event of its own write', async () => {
    const t = setup();
    t.type('mine');
    await t.session.save();
    await t.session.diskChanged(t.disk.hash);
    expect(t.reloads).toEqual([]);
  });

  it('raises a conflict instead of overwriting when a dirty note changes on disk', async () => {
    const t = setup();
    t.type('my edit');
    t.disk.content = 'their edit';
    t.disk.hash = 'theirs';
    await t.session.diskChanged('theirs');
    expect(t.session.getStatus()).toEqual({ kind: 'conflict' });
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 3);
    expect(t.disk.content).toBe('their edit');

    expect(await t.session.keepMine()).toBe(true);
    expect(t.disk.content).toBe('my edit');
    expect(t.session.getStatus()).toEqual({ kind: 'saved' });
  });

  it('takes the disk version when the user chooses "Load from disk"', async () => {
    const t = setup();
    t.type('my edit');
    t.disk.content = 'their edit';
    t.disk.hash = 'theirs';
    await t.session.diskChanged('theirs');
    await t.session.loadFromDisk();
    expect(t.reloads).toEqual(['their edit']);
    expect(t.session.hasUnsavedChanges()).toBe(false);
  });

  it('a save that hits a changed file becomes a conflict, not an overwrite', async () => {
    const t = setup();
    t.disk.hash = 'changed-behind-our-back';
    t.type('mine');
    expect(await t.session.save()).toBe(false);
    expect(t.session.getStatus()).toEqual({ kind: 'conflict' });
  });

  it('keeps the text and shows the error when the disk refuses the write', async () => {
    const t = setup();
    vi.mocked(t.io.write).mockRejectedValueOnce(new ClientError('DISK_FULL', 'The disk is full.'));
    t.type('precious words');
    expect(await t.session.save()).toBe(false);
    expect(t.session.getStatus()).toEqual({ kind: 'error', message: 'The disk is full.' });
    expect(t.session.hasUnsavedChanges()).toBe(true);
    expect(await t.session.save()).toBe(true);
    expect(t.disk.content).toBe('precious words');
  });

  it('marks a dirty note deleted on disk as removed, and can write it back', async () => {
    const t = setup();
    t.type('keep me');
    t.session.diskRemoved();
    expect(t.session.getStatus()).toEqual({ kind: 'removed' });
    expect(await t.session.keepMine()).toBe(true);
    expect(t.disk.content).toBe('keep me');
  });

  it('save as: a note deleted on disk is written to a new name, never over another note, and continues there', async () => {
    const t = setup();
    t.type('keep me');
    t.session.diskRemoved();
    const taken = new ClientError('CONFLICT', '“b.md” was not saved: a note with that name already exists.');
    vi.mocked(t.io.write).mockRejectedValueOnce(taken);
    expect(await t.session.saveAs('b.md')).toBe(taken.message);
    expect(t.session.path).toBe('a.md');
    expect(t.session.getStatus()).toEqual({ kind: 'removed' });
    expect(t.session.hasUnsavedChanges()).toBe(true);

    vi.mocked(t.io.write).mockResolvedValueOnce({ path: 'c.md', hash: 'c1', mtimeMs: 0 });
    expect(await t.session.saveAs('c.md')).toBeNull();
    expect(t.io.write).toHaveBeenLastCalledWith({ path: 'c.md', content: 'keep me', expectedHash: null });
    expect(t.session.path).toBe('c.md');
    expect(t.session.getStatus()).toEqual({ kind: 'saved' });

    vi.mocked(t.io.write).mockResolvedValueOnce({ path: 'c.md', hash: 'c2', mtimeMs: 0 });
    t.type('keep me, and more');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(t.io.write).toHaveBeenLastCalledWith({ path: 'c.md', content: 'keep me, and more', expectedHash: 'c1', force: false });
  });

  it('saves pending edits when the editor goes away before the autosave fired', async () => {
    const t = setup();
    t.type('last words');
    t.session.dispose();
    await vi.advanceTimersByTimeAsync(0);
    expect(t.disk.content).toBe('last words');
  });
});

describe('NoteSession of a big note whose start arrived first', () => {
  it('writes nothing before the whole file is in, then saves on the whole file', async () => {
    const whole = 'start\nrest of a long note\n';
    let editorText = 'start\n';
    const io: SessionIO = { write: vi.fn(async () => ({ path: 'a.md', hash: 'h1', mtimeMs: 0 })), read: vi.fn() };
    const session = new NoteSession('a.md', file('start\n', 'h0'), io, () => editorText, () => undefined, { complete: false });
    session.changedQuietly();
    const saved = session.save();
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS * 2);
    expect(io.write).not.toHaveBeenCalled();

    editorText = whole;
    session.completeRead(file(whole, 'h0'));
    expect(await saved).toBe(true);
    expect(io.write).not.toHaveBeenCalled(); // the editor holds exactly what is on disk
    editorText = `${whole}typed\n`;
    session.changed();
    expect(await session.save()).toBe(true);
    expect(io.write).toHaveBeenCalledWith({ path: 'a.md', content: `${whole}typed\n`, expectedHash: 'h0', force: false });
  });
});
