/**
 * The public suites, through a full re-serialisation. The floors are the
 * measured figures (see bench/roundtrip.ts): a drop is a regression.
 * Every example keeps its meaning; the last two to fall into line were
 * GFM literal autolinks that mdast-util-gfm finds where GFM renderers do not
 * (see `unlinkLiteralsNotInSource` in syntax.ts).
 */
import { describe, expect, it } from 'vitest';
import { commonmarkExamples, gfmExamples, runSuite } from '../../../../../bench/roundtrip';

describe('round trip of the public Markdown suites', { timeout: 300_000 }, () => {
  it('keeps the meaning of all 652 CommonMark examples', () => {
    const result = runSuite(commonmarkExamples(), 'commonmark');
    expect(result.total).toBe(652);
    expect(result.failures).toEqual([]);
  });

  it('keeps the meaning of all 677 GFM examples', () => {
    const result = runSuite(gfmExamples(), 'gfm');
    expect(result.total).toBe(677);
    expect(result.failures).toEqual([]);
  });
});
