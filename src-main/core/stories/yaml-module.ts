/**
 * The `yaml` library, loaded on first use: loading it costs ~40 ms, which
 * the app should not pay at start when no story is opened.
 */
import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

let loaded: Yaml | undefined;

export function yaml(): Yaml {
  loaded ??= createRequire(import.meta.url)('yaml') as Yaml;
  return loaded;
}
