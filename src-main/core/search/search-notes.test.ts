import { afterEach, describe, expect, it } from 'vitest';
import { createTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
afterEach(async () => {
  await t?.cleanup();
});

describe('search:query', () => {
  it('returns hits with title, tags and highlighted snippets read from disk', async () => {
    t = await createTestCore({
      files: {
        'loop.md': '---\ntags: [javascript]\n---\n# Event loop\n\nThe event loop takes the next task. #runtime\n',
        'other.md': '# Other\nNothing relevant.',
      },
    });
    const [hit, ...rest] = await t.call('search:query', { query: 'event loop' });
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ path: 'loop.md', title: 'Event loop', tags: ['javascript', 'runtime'] });
    const snippet = hit!.snippets[0]!;
    expect(snippet.highlights.map(([s, e]) => snippet.text.slice(s, e))).toEqual(['Event', 'loop', 'event', 'loop']);
  });

  it('sees our own saves immediately, and respects the limit', async () => {
    t = await createTestCore({ files: { 'a.md': 'one', 'b.md': 'one', 'c.md': 'one' } });
    const note = await t.call('notes:read', { path: 'a.md' });
    await t.call('notes:write', { path: 'a.md', content: 'zebra crossing', expectedHash: note.hash });
    expect((await t.call('search:query', { query: 'zebra' })).map((h) => h.path)).toEqual(['a.md']);
    expect(await t.call('search:query', { query: 'one', limit: 1 })).toHaveLength(1);
  });
});
