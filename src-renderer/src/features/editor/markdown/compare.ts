/**
 * "Same meaning" for Markdown: the same HTML from micromark, the reference
 * renderer, with raw HTML passed through (so a change inside an HTML block
 * counts too). The one normalisation: the HTML's final line ending, which
 * only mirrors whether the Markdown ended with one (closing an unclosed
 * fence at the end of a file adds it).
 */
import { micromark, type Options } from 'micromark';
import { frontmatter, frontmatterHtml } from 'micromark-extension-frontmatter';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { math, mathHtml } from 'micromark-extension-math';

/** commonmark: the spec only; gfm: plus GFM; full: what notes use (GFM, math, front matter). */
export type Flavor = 'commonmark' | 'gfm' | 'full';

const base: Options = { allowDangerousHtml: true, allowDangerousProtocol: true };
const flavors: Record<Flavor, Options> = {
  commonmark: base,
  gfm: { ...base, extensions: [gfm()], htmlExtensions: [gfmHtml()] },
  full: {
    ...base,
    extensions: [gfm(), math(), frontmatter(['yaml'])],
    htmlExtensions: [gfmHtml(), mathHtml({ throwOnError: false }), frontmatterHtml(['yaml'])],
  },
};

export function renderHtml(markdown: string, flavor: Flavor = 'full'): string {
  return micromark(markdown, flavors[flavor]);
}

function meaning(markdown: string, flavor: Flavor): string {
  return renderHtml(markdown, flavor).replace(/\n$/, '');
}

export function isMeaningPreserved(a: string, b: string, flavor: Flavor = 'full'): boolean {
  return a === b || meaning(a, flavor) === meaning(b, flavor);
}

/** Where the renderings of `a` and `b` first differ, as a short excerpt of each; null when they agree. */
export function describeMeaningChange(a: string, b: string, flavor: Flavor = 'full'): string | null {
  const before = meaning(a, flavor);
  const after = meaning(b, flavor);
  if (before === after) return null;
  let i = 0;
  while (before[i] === after[i]) i++;
  const excerpt = (html: string) => JSON.stringify(html.slice(Math.max(0, i - 20), i + 40));
  return `HTML differs: ${excerpt(before)} became ${excerpt(after)}`;
}
