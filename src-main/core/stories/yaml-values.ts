/**
 * Story fields written as YAML text the way a person would write them:
 * plain where YAML reads the value back unchanged, quoted only where it must
 * be, short lists of names inline (`[a, b]`), lists of sentences one item a
 * line. Used for new stories and for edits to existing ones.
 */
import { yaml } from './yaml-module';

export type FieldValue = string | number | readonly string[];

/** One line of text: line breaks in a value would make it a block scalar. */
export function oneLine(text: string): string {
  return text
    .split(/[\r\n]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

/** A scalar on one line; `quote` keeps the quoting style the file already uses for it. */
export function yamlScalar(value: string | number, quote?: 'single' | 'double'): string {
  if (typeof value === 'number') return String(value);
  const text = oneLine(value);
  if (quote === 'single') return `'${text.replace(/'/g, "''")}'`;
  if (quote === 'double') return JSON.stringify(text);
  return yaml().stringify(text, { lineWidth: 0 }).trimEnd();
}

/** An item of an inline list: plain unless it holds `,`, `[`, `]`, `{` or `}`, which end an item there. */
export function flowItem(value: string): string {
  const scalar = yamlScalar(value);
  return /^["']/.test(scalar) || !/[,[\]{}]/.test(scalar) ? scalar : JSON.stringify(oneLine(value));
}

/** Whether a list reads well inline: a few short names, not sentences. */
function suitsFlow(items: readonly string[]): boolean {
  return items.every((item) => /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u.test(item)) && items.join(', ').length <= 60;
}

/** The items of a block list under a key: `  - item` lines. */
function blockItems(items: readonly string[], eol: string): string {
  return items.map((item) => `  - ${yamlScalar(item)}`).join(eol);
}

/** A value as it follows `key:`, with its leading space or line break: ` 90`, ` [a, b]`, or a block list. */
export function yamlValue(value: FieldValue, eol: string): string {
  if (typeof value === 'string' || typeof value === 'number') return ` ${yamlScalar(value)}`;
  if (value.length === 0) return ' []';
  if (suitsFlow(value)) return ` [${value.map(flowItem).join(', ')}]`;
  return eol + blockItems(value, eol);
}
