/**
 * The public suites, through a full re-serialisation. The floors are the
 * measured figures (see bench/roundtrip.ts): a drop is a regression.
 * The one known failure, shared with a plain mdast parse + serialise:
 * gfm 634 (an `xmpp:` literal, which mdast-util-gfm reads as an email link
 * after `xmpp:` and GFM renderers as one `xmpp:` link).
 */
import { describe, expect, it } from 'vitest';
import { commonmarkExamples, gfmExamples, runSuite } from '../../../../../bench/roundtrip';

describe('round trip of the public Markdown suites', { timeout: 300_000 }, () => {
  it('keeps the meaning of all 652 CommonMark examples', () => {
    const result = runSuite(commonmarkExamples(), 'commonmark');
    expect(result.total).toBe(652);
    expect(result.failures).toEqual([]);
  });

  it('keeps the meaning of 676 of 677 GFM examples', () => {
    const result = runSuite(gfmExamples(), 'gfm');
    expect(result.total).toBe(677);
    expect(result.failures).toEqual([634]);
  });
});
