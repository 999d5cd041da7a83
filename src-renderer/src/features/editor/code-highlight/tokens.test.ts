import { describe, expect, it } from 'vitest';
import { resolveGrammar } from './languages';
import { tokenizeCode, type CodeToken, type TextToken } from './tokens';

const textOf = (tokens: readonly CodeToken[]) =>
  tokens.map((token) => (token.kind === 'text' ? token.text : token.kind === 'tab' ? '\t' : '\n')).join('');

const typeOf = (tokens: readonly CodeToken[], text: string) =>
  tokens.find((token): token is TextToken => token.kind === 'text' && token.text === text)?.highlightType;

describe('tokenizeCode', () => {
  it('gives JavaScript keywords, strings and comments their Prism types', () => {
    const tokens = tokenizeCode('const s = "hi"; // note', resolveGrammar('js'));
    expect(typeOf(tokens, 'const')).toBe('keyword');
    expect(typeOf(tokens, '"hi"')).toBe('string');
    expect(typeOf(tokens, '// note')).toBe('comment');
  });

  it('splits tabs and line breaks out of tokens, keeping the text exact', () => {
    const code = '/* a\n\tb */\nx\t= 1;\n';
    const tokens = tokenizeCode(code, resolveGrammar('js'));
    expect(textOf(tokens)).toBe(code);
    expect(tokens.slice(0, 4)).toEqual([
      { kind: 'text', text: '/* a', highlightType: 'comment' },
      { kind: 'linebreak' },
      { kind: 'tab' },
      { kind: 'text', text: 'b */', highlightType: 'comment' },
    ]);
  });

  it('uses a standard alias when the grammar has its own name for a token', () => {
    // Python's docstrings are `triple-quoted-string` aliased `string`; YAML keys are `key` aliased `atrule`.
    expect(typeOf(tokenizeCode('"""doc"""', resolveGrammar('py')), '"""doc"""')).toBe('string');
    expect(typeOf(tokenizeCode('name: x', resolveGrammar('yaml')), 'name')).toBe('atrule');
  });

  it('without a grammar, yields plain text split only at tabs and line breaks', () => {
    expect(tokenizeCode('a b\n\tc', null)).toEqual([
      { kind: 'text', text: 'a b', highlightType: undefined },
      { kind: 'linebreak' },
      { kind: 'tab' },
      { kind: 'text', text: 'c', highlightType: undefined },
    ]);
  });

  it('yields nothing for empty code', () => {
    expect(tokenizeCode('', resolveGrammar('js'))).toEqual([]);
  });
});
