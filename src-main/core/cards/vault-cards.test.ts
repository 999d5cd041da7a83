import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAtomicWriter } from '../fs/atomic-write';
import { FakeClock } from '../testing/fake-clock';
import { silentLogger } from '../testing/test-core';
import { CardRegistry } from './card-registry';
import { scanCards, type CardScanner } from './card-scan';
import { VaultCards } from './vault-cards';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vault-cards-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function vaultCards(scanVault: CardScanner): Promise<{ cards: VaultCards; changes: () => number }> {
  const registry = new CardRegistry(join(dir, 'cards.json'), createAtomicWriter(), silentLogger);
  await registry.load();
  let changes = 0;
  const cards = new VaultCards({ registry, toAbsolute: (notePath) => join(dir, notePath), clock: new FakeClock(), logger: silentLogger, onChange: () => changes++, scanVault });
  return { cards, changes: () => changes };
}

describe('loading a vault’s cards', () => {
  it('is ready with the cards found so far when the scan fails part way, and says it failed', async () => {
    await writeFile(join(dir, 'a.md'), '## What is a goroutine?\n\nA cheap thread.\n');
    const failing: CardScanner = async (notes, onBatch) => {
      onBatch([[notes[0]![0], scanCards('## What is a goroutine?\n\nA cheap thread.\n', notes[0]![0])]]);
      throw new Error('The card scan stopped early (exit code 1).');
    };
    const { cards, changes } = await vaultCards(failing);
    await expect(cards.load(['a.md', 'b.md'])).rejects.toThrow('stopped early');
    expect(cards.ready).toBe(true);
    expect(cards.all().map((card) => card.question)).toEqual(['What is a goroutine?']);
    expect(changes()).toBeGreaterThan(0); // the deck list hears that reading is over
  });
});
