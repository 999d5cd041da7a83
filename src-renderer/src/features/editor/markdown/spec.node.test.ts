/**
 * The public suites, through a full re-serialisation. The floors are the
 * measured figures (see bench/roundtrip.ts): a drop is a regression.
 * Known failures, all shared with a plain mdast parse + serialise:
 * commonmark 606 / gfm 615 (`<foo\+@bar.example.com>`: GFM's email literal
 * has no source position, so its backslash escape cannot be kept) and
 * gfm 634 (an `xmpp:` literal that GFM reads differently once written back).
 */
import { describe, expect, it } from 'vitest';
import { commonmarkExamples, gfmExamples, runSuite } from '../../../../../bench/roundtrip';

describe('round trip of the public Markdown suites', { timeout: 300_000 }, () => {
  it('keeps the meaning of 651 of 652 CommonMark examples', () => {
    const result = runSuite(commonmarkExamples(), 'commonmark');
    expect(result.total).toBe(652);
    expect(result.failures).toEqual([606]);
  });

  it('keeps the meaning of 675 of 677 GFM examples', () => {
    const result = runSuite(gfmExamples(), 'gfm');
    expect(result.total).toBe(677);
    expect(result.failures).toEqual([615, 634]);
  });
});
