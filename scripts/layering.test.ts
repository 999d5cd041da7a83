/**
 * The layering rules of DESIGN.md, enforced: the renderer may import nothing
 * from src-main except the contract's types, and nothing below src-main/core
 * may import Electron (that is what lets both hosts and the tests run it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every static import/export-from and dynamic import in a file, with whether it is type-only. */
export function importsOf(source: string): { specifier: string; typeOnly: boolean }[] {
  const found: { specifier: string; typeOnly: boolean }[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g;
  for (const match of source.matchAll(statement)) {
    const clause = match[3] ?? '';
    // `import { type A, type B } from` is type-only too, as long as every name is.
    const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1]?.split(',').map((n) => n.trim()).filter(Boolean);
    const allTyped = names !== undefined && names.length > 0 && names.every((n) => n.startsWith('type '));
    found.push({ specifier: match[4]!, typeOnly: Boolean(match[2]) || allTyped });
  }
  for (const match of source.matchAll(/(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g)) found.push({ specifier: match[1]!, typeOnly: false });
  for (const match of source.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push({ specifier: match[1]!, typeOnly: false });
  return found;
}

describe('layering', () => {
  it('the renderer imports only types, and only from the contract, out of src-main', () => {
    const violations: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'src-renderer'))) {
      if (/\.test\.tsx?$/.test(file)) continue;
      for (const { specifier, typeOnly } of importsOf(readFileSync(file, 'utf8'))) {
        if (!specifier.startsWith('.')) continue;
        const target = relative(ROOT, resolve(dirname(file), specifier));
        if (!target.startsWith('src-main')) continue;
        if (!target.startsWith(join('src-main', 'contract')) || !typeOnly) {
          violations.push(`${relative(ROOT, file)} imports ${typeOnly ? 'types from' : 'values from'} ${target}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('the core never imports Electron', () => {
    const violations = sourceFiles(join(ROOT, 'src-main', 'core'))
      .filter((file) => importsOf(readFileSync(file, 'utf8')).some(({ specifier }) => specifier === 'electron' || specifier.startsWith('electron/')))
      .map((file) => relative(ROOT, file));
    expect(violations).toEqual([]);
  });

  it('the check itself sees value imports, type imports and side-effect imports', () => {
    const found = importsOf(
      "import { a } from '../x';\nimport type { B } from '../y';\nimport { type C, type D } from '../z';\nimport { type E, f } from '../w';\nimport '../side';\nconst m = import('../lazy');",
    );
    expect(found).toEqual([
      { specifier: '../x', typeOnly: false },
      { specifier: '../y', typeOnly: true },
      { specifier: '../z', typeOnly: true },
      { specifier: '../w', typeOnly: false },
      { specifier: '../side', typeOnly: false },
      { specifier: '../lazy', typeOnly: false },
    ]);
  });
});
