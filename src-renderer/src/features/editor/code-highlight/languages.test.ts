import { describe, expect, it } from 'vitest';
import { resolveGrammar } from './languages';
import { Prism } from './prism';

describe('resolveGrammar', () => {
  it.each([
    ['js', 'javascript'],
    ['ts', 'typescript'],
    ['jsx', 'jsx'],
    ['tsx', 'tsx'],
    ['py', 'python'],
    ['sh', 'bash'],
    ['bash', 'bash'],
    ['shell', 'bash'],
    ['zsh', 'bash'],
    ['go', 'go'],
    ['java', 'java'],
    ['c', 'c'],
    ['cpp', 'cpp'],
    ['cs', 'csharp'],
    ['csharp', 'csharp'],
    ['rust', 'rust'],
    ['rs', 'rust'],
    ['sql', 'sql'],
    ['json', 'json'],
    ['yaml', 'yaml'],
    ['yml', 'yaml'],
    ['html', 'markup'],
    ['xml', 'markup'],
    ['css', 'css'],
    ['md', 'markdown'],
    ['markdown', 'markdown'],
    ['diff', 'diff'],
    ['ruby', 'ruby'],
    ['rb', 'ruby'],
    ['kotlin', 'kotlin'],
    ['kt', 'kotlin'],
    ['swift', 'swift'],
    ['php', 'php'],
  ])('maps %s to the loaded %s grammar', (fence, prismId) => {
    const grammar = resolveGrammar(fence);
    expect(grammar).toBeTruthy();
    expect(grammar).toBe(Prism.languages[prismId]);
  });

  it('ignores case and surrounding space', () => {
    expect(resolveGrammar(' TypeScript ')).toBe(Prism.languages.typescript);
  });

  it('gives no grammar for a missing, unknown or prototype-named language', () => {
    expect(resolveGrammar(undefined)).toBeNull();
    expect(resolveGrammar(null)).toBeNull();
    expect(resolveGrammar('')).toBeNull();
    expect(resolveGrammar('brainfuck')).toBeNull();
    expect(resolveGrammar('constructor')).toBeNull();
    expect(resolveGrammar('__proto__')).toBeNull();
  });

  it('leaves Prism in manual mode, so it never rewrites the page', () => {
    expect(Prism.manual).toBe(true);
  });
});
