/**
 * `npm run bench`: measures the figures the issues name and writes them, with
 * their goals, to bench/results.json. A benchmark, not a test: it never fails
 * because the machine is slow; it reports.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { GOALS, verdict } from './goals';

type Figures = Record<string, number>;

const SECTIONS: { name: string; measure: () => Promise<Figures> }[] = [
  { name: 'roundtrip', measure: () => import('./roundtrip').then((m) => m.measure()) },
  { name: 'vault', measure: () => import('./vault').then((m) => m.measure()) },
  { name: 'browser', measure: () => import('./browser').then((m) => m.measure()) },
  { name: 'cards', measure: () => import('./cards').then((m) => m.measure()) },
  { name: 'drills', measure: () => import('./drills').then((m) => m.measure()) },
  { name: 'timer', measure: () => import('./timer').then((m) => m.measure()) },
  { name: 'stories', measure: () => import('./stories').then((m) => m.measure()) },
  { name: 'mock', measure: () => import('./mock').then((m) => m.measure()) },
  { name: 'stats', measure: () => import('./practice-stats').then((m) => m.measure()) },
];

const RESULTS = join(import.meta.dirname, 'results.json');

/** Figures of sections not run this time are kept from the last run, with that section's date. */
async function previousRun(): Promise<{ figures: Figures; measuredAt: Record<string, string> }> {
  try {
    const last = JSON.parse(await readFile(RESULTS, 'utf8'));
    return { figures: last.figures ?? {}, measuredAt: last.measuredAt ?? {} };
  } catch {
    return { figures: {}, measuredAt: {} };
  }
}

async function main() {
  const only = process.argv.slice(2);
  const { figures, measuredAt } = await previousRun();
  const failures: Record<string, string> = {};
  for (const section of SECTIONS) {
    if (only.length > 0 && !only.includes(section.name)) continue;
    process.stderr.write(`bench: ${section.name}…\n`);
    const started = performance.now();
    try {
      Object.assign(figures, await section.measure());
      measuredAt[section.name] = new Date().toISOString();
    } catch (error) {
      failures[section.name] = error instanceof Error ? (error.stack ?? error.message) : String(error);
      process.stderr.write(`bench: ${section.name} failed: ${failures[section.name]}\n`);
    }
    process.stderr.write(`bench: ${section.name} took ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
  }
  const report = {
    measuredAt,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, platform: process.platform },
    figures,
    goals: Object.fromEntries(
      Object.entries(GOALS)
        .filter(([name]) => name in figures || GOALS[name]!.ratioOf?.every((n) => n in figures))
        .map(([name, goal]) => [name, { ...goal, ...verdict(name, figures) }]),
    ),
    failures,
  };
  await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  for (const [name, value] of Object.entries(figures)) process.stdout.write(`${name.padEnd(32)} ${value}\n`);
  for (const [name, goal] of Object.entries(report.goals)) process.stdout.write(`${name.padEnd(32)} ${goal.met ? 'met' : 'NOT met'} (${goal.description})\n`);
  if (Object.keys(failures).length > 0) process.exitCode = 1;
}

await main();
