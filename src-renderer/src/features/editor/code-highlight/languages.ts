/**
 * Maps the language written after a code fence (```ts) to a Prism grammar.
 * Fences use whatever name the author likes, so common aliases are accepted;
 * anything else gets no grammar and the block stays plain text.
 */
import type { Grammar } from 'prismjs';
import { Prism } from './prism';

/** Prism's language id, then the fence names that mean it. */
const FENCE_NAMES: ReadonlyArray<readonly [prismId: string, names: readonly string[]]> = [
  ['javascript', ['js', 'javascript', 'mjs', 'cjs']],
  ['typescript', ['ts', 'typescript', 'mts', 'cts']],
  ['jsx', ['jsx']],
  ['tsx', ['tsx']],
  ['python', ['py', 'python']],
  ['bash', ['sh', 'bash', 'shell', 'zsh']],
  ['go', ['go', 'golang']],
  ['java', ['java']],
  ['c', ['c']],
  ['cpp', ['cpp', 'c++']],
  ['csharp', ['cs', 'csharp', 'c#']],
  ['rust', ['rust', 'rs']],
  ['sql', ['sql']],
  ['json', ['json']],
  ['yaml', ['yaml', 'yml']],
  ['markup', ['html', 'xml', 'svg']],
  ['css', ['css']],
  ['markdown', ['md', 'markdown']],
  ['diff', ['diff', 'patch']],
  ['ruby', ['ruby', 'rb']],
  ['kotlin', ['kotlin', 'kt', 'kts']],
  ['swift', ['swift']],
  ['php', ['php']],
];

// A Map, not an object, so a fence like ```constructor finds nothing.
const PRISM_ID_BY_FENCE_NAME = new Map(FENCE_NAMES.flatMap(([id, names]) => names.map((name) => [name, id] as const)));

/** The grammar for a code block's language, or null when it has none we highlight. */
export function resolveGrammar(language: string | null | undefined): Grammar | null {
  if (!language) return null;
  const id = PRISM_ID_BY_FENCE_NAME.get(language.trim().toLowerCase());
  return (id && Prism.languages[id]) || null;
}
