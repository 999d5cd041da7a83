/**
 * The app's own small state in `<dataDir>/settings.json`: settings, recent
 * vaults, the last vault and the window's position. The Electron host uses
 * the window-state getter and setter directly.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { Competency, DrillSettings, Settings, VaultInfo } from '../../contract';
import type { AtomicWriter } from '../fs/atomic-write';
import { DEFAULT_COMPETENCIES } from '../stories/competencies';
import { SafeJsonFile } from './json-file';

export const MAX_RECENT_VAULTS = 10;
export const SETTINGS_FILE = 'settings.json';

const windowStateSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().min(200),
  height: z.number().min(200),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

const DRILL_DEFAULTS: DrillSettings = { desiredRetention: 0.9, newCardsPerDay: 20, thinkingTimeMs: 60_000 };
const drillSettingsSchema = z
  .object({
    desiredRetention: z.number().min(0.7).max(0.99).catch(DRILL_DEFAULTS.desiredRetention),
    newCardsPerDay: z.number().int().min(0).max(9999).catch(DRILL_DEFAULTS.newCardsPerDay),
    thinkingTimeMs: z.number().int().min(5_000).max(30 * 60_000).catch(DRILL_DEFAULTS.thinkingTimeMs),
  })
  .catch(DRILL_DEFAULTS);

/** The competency set stories are tagged with; a hand-edited file with a bad entry falls back to the defaults as a whole (ids must stay unique). */
const competenciesSchema = z
  .array(z.object({ id: z.string().min(1), label: z.string().min(1), description: z.string() }))
  .min(1)
  .refine((list) => new Set(list.map((competency) => competency.id)).size === list.length)
  .catch(() => DEFAULT_COMPETENCIES.map((competency) => ({ ...competency })));

/** Each field falls back on its own, so one bad value does not lose the rest. */
const appDataSchema = z.object({
  drills: drillSettingsSchema,
  competencies: competenciesSchema,
  settings: z.object({ theme: z.enum(['system', 'light', 'dark']).catch('system') }).catch({ theme: 'system' }),
  recentVaults: z.array(z.object({ path: z.string(), name: z.string() })).catch([]),
  lastVault: z.string().nullable().catch(null),
  windowState: windowStateSchema.nullable().catch(null),
});
type AppData = z.infer<typeof appDataSchema>;

const defaults = (): AppData => appDataSchema.parse({});

export interface AppStoreOptions {
  dataDir: string;
  writer: AtomicWriter;
  now: () => number;
  /** Tells the user the settings file was unreadable and where it was moved. */
  onCorrupt: (movedTo: string) => void;
}

export class AppStore {
  /** Writes run one after another, so a slow write cannot land after a newer one. */
  private writing: Promise<void> = Promise.resolve();

  private constructor(private readonly db: Low<AppData>) {}

  static async open(options: AppStoreOptions): Promise<AppStore> {
    const file = path.join(options.dataDir, SETTINGS_FILE);
    // A first run (or browser mode's --data pointing at a new folder) has no data folder yet.
    await fsp.mkdir(options.dataDir, { recursive: true });
    const db = new Low<AppData>(new SafeJsonFile<AppData>(file, options.writer, options.now, options.onCorrupt), defaults());
    await db.read();
    db.data = appDataSchema.parse(db.data ?? {});
    return new AppStore(db);
  }

  get settings(): Settings {
    return { ...this.db.data.settings };
  }

  async updateSettings(patch: Partial<Settings>): Promise<Settings> {
    await this.update((data) => Object.assign(data.settings, patch));
    return this.settings;
  }

  get drillSettings(): DrillSettings {
    return { ...this.db.data.drills };
  }

  async updateDrillSettings(patch: Partial<DrillSettings>): Promise<DrillSettings> {
    await this.update((data) => Object.assign(data.drills, patch));
    return this.drillSettings;
  }

  get competencies(): Competency[] {
    return this.db.data.competencies.map((competency) => ({ ...competency }));
  }

  /** Replaces the competency set (the caller has checked it: ids unique). */
  async setCompetencies(competencies: readonly Competency[]): Promise<Competency[]> {
    await this.update((data) => {
      data.competencies = competencies.map((competency) => ({ ...competency }));
    });
    return this.competencies;
  }

  /** Most recent first, at most MAX_RECENT_VAULTS. */
  get recentVaults(): VaultInfo[] {
    return this.db.data.recentVaults.map((vault) => ({ ...vault }));
  }

  get lastVault(): string | null {
    return this.db.data.lastVault;
  }

  /** Records an opened vault as the most recent and as the one to reopen. */
  async rememberVault(vault: VaultInfo): Promise<void> {
    await this.update((data) => {
      data.recentVaults = [vault, ...data.recentVaults.filter((v) => v.path !== vault.path)].slice(0, MAX_RECENT_VAULTS);
      data.lastVault = vault.path;
    });
  }

  /** The vault was closed because its folder disappeared: do not reopen it at start. */
  async forgetLastVault(): Promise<void> {
    await this.update((data) => {
      data.lastVault = null;
    });
  }

  get windowState(): WindowState | null {
    return this.db.data.windowState ? { ...this.db.data.windowState } : null;
  }

  async setWindowState(state: WindowState): Promise<void> {
    const valid = windowStateSchema.parse(state);
    await this.update((data) => {
      data.windowState = valid;
    });
  }

  /** Waits for pending writes (at quit). */
  flush(): Promise<void> {
    return this.writing;
  }

  private update(change: (data: AppData) => void): Promise<void> {
    change(this.db.data);
    this.writing = this.writing.catch(() => undefined).then(() => this.db.write());
    return this.writing;
  }
}
