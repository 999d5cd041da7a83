import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { parseLaunchOptions } from './launch-options';

it('reads --vault and --data and ignores everything else', () => {
  expect(parseLaunchOptions(['/usr/bin/electron', 'out/main/index.js', '--no-sandbox', '--vault=notes', '--data=/tmp/state'])).toEqual({
    vault: resolve('notes'),
    dataDir: '/tmp/state',
  });
  expect(parseLaunchOptions(['electron', '--vault', 'x', '--data='])).toEqual({});
});
