/**
 * Turns code into the flat run of pieces a CodeNode holds: highlighted text,
 * tabs and line breaks. Prism returns a tree of nested tokens; a CodeNode's
 * children are a flat list in which "\t" is a TabNode and "\n" a LineBreakNode,
 * so the tree is flattened and its text split at those characters.
 */
import type { Grammar, Token, TokenStream } from 'prismjs';
import { Prism } from './prism';

export interface TextToken {
  readonly kind: 'text';
  readonly text: string;
  /** Prism token name, the key into the theme's `codeHighlight`; undefined for plain text. */
  readonly highlightType: string | undefined;
}

export type CodeToken = TextToken | { readonly kind: 'tab' } | { readonly kind: 'linebreak' };

const TAB: CodeToken = { kind: 'tab' };
const LINE_BREAK: CodeToken = { kind: 'linebreak' };

/**
 * Prism's documented standard token names, which editor themes style.
 * Grammars also emit their own names (`triple-quoted-string`, yaml's `key`)
 * with a standard one as an alias; the alias is what a theme can colour.
 */
const STANDARD_TOKEN_NAMES: ReadonlySet<string> = new Set([
  'keyword', 'builtin', 'class-name', 'function', 'boolean', 'number', 'string', 'char', 'symbol', 'regex',
  'url', 'operator', 'variable', 'constant', 'property', 'punctuation', 'important', 'comment', 'tag',
  'attr-name', 'attr-value', 'namespace', 'prolog', 'doctype', 'cdata', 'entity', 'bold', 'italic',
  'atrule', 'selector', 'inserted', 'deleted',
]);

/** The pieces of `code`; without a grammar, the same pieces with no highlight type. */
export function tokenizeCode(code: string, grammar: Grammar | null): CodeToken[] {
  const tokens: CodeToken[] = [];
  appendStream(tokens, grammar ? Prism.tokenize(code, grammar) : code, undefined);
  return tokens;
}

/** Plain strings inside a token take that token's type; the innermost token wins. */
function appendStream(tokens: CodeToken[], stream: TokenStream, highlightType: string | undefined): void {
  if (typeof stream === 'string') {
    appendText(tokens, stream, highlightType);
  } else if (Array.isArray(stream)) {
    for (const part of stream) appendStream(tokens, part, highlightType);
  } else {
    appendStream(tokens, stream.content, themeableType(stream));
  }
}

function themeableType(token: Token): string {
  if (STANDARD_TOKEN_NAMES.has(token.type)) return token.type;
  const aliases: readonly string[] = typeof token.alias === 'string' ? [token.alias] : (token.alias ?? []);
  return aliases.find((alias) => STANDARD_TOKEN_NAMES.has(alias)) ?? token.type;
}

function appendText(tokens: CodeToken[], text: string, highlightType: string | undefined): void {
  for (const part of text.split(/([\t\n])/)) {
    if (part === '\t') tokens.push(TAB);
    else if (part === '\n') tokens.push(LINE_BREAK);
    else if (part !== '') appendMerged(tokens, part, highlightType);
  }
}

/** Prism can yield neighbouring strings of one type; one node for them is enough. */
function appendMerged(tokens: CodeToken[], text: string, highlightType: string | undefined): void {
  const last = tokens[tokens.length - 1];
  if (last?.kind === 'text' && last.highlightType === highlightType) {
    tokens[tokens.length - 1] = { kind: 'text', text: last.text + text, highlightType };
  } else {
    tokens.push({ kind: 'text', text, highlightType });
  }
}
