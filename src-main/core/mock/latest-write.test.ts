import { describe, expect, it } from 'vitest';
import { LatestWrite } from './latest-write';

/** A write that finishes when the test says, recording the content it took. */
function controlledWrites(content: () => string) {
  const written: string[] = [];
  const pending: (() => void)[] = [];
  const writer = new LatestWrite(() => {
    const taken = content();
    return new Promise<void>((done) => pending.push(() => (written.push(taken), done())));
  });
  const finishOne = async () => {
    pending.shift()!();
    await new Promise((settle) => setImmediate(settle));
  };
  return { writer, written, pending, finishOne };
}

describe('LatestWrite', () => {
  it('writes what is latest once the running write ends, however many asked meanwhile', async () => {
    let text = 'a';
    const { writer, written, pending, finishOne } = controlledWrites(() => text);
    const first = writer.request();
    text = 'ab';
    const second = writer.request();
    text = 'abc';
    const third = writer.request();
    expect(third).toBe(second);
    expect(pending).toHaveLength(1);
    await finishOne();
    await first;
    expect(pending).toHaveLength(1);
    await finishOne();
    await Promise.all([second, third]);
    expect(written).toEqual(['a', 'abc']);
    await writer.idle();
  });

  it('a failed write fails its callers; the next write still runs', async () => {
    let calls = 0;
    const writer = new LatestWrite(async () => {
      if (++calls === 1) throw new Error('disk full');
    });
    const failed = writer.request();
    const next = writer.request();
    await expect(failed).rejects.toThrow('disk full');
    await expect(next).resolves.toBeUndefined();
    await expect(writer.request()).resolves.toBeUndefined();
  });
});
