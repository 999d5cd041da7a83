/**
 * Drill figures at 100,000 cards: building today's queue from cards with
 * schedules, and grading a card until it is on disk with a 100,000-entry
 * review log already in the data dir (an append, never a rewrite).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '../src-main/core/clock';
import type { CardState, CardStates } from '../src-main/core/drills/card-state';
import { DrillService } from '../src-main/core/drills/drill-service';
import { formatEntry, type GradeEntry } from '../src-main/core/drills/log-entry';
import { REVIEW_LOG_FILE } from '../src-main/core/drills/review-log';
import { GRADES, type Schedule } from '../src-main/core/drills/scheduler';
import { encodeSnapshot, SNAPSHOT_FILE } from '../src-main/core/drills/snapshot';
import type { DrillCard } from '../src-main/core/drills/types';
import type { Logger } from '../src-main/core/types';
import { median, percentile, round, time } from './stats';

const CARDS = 100_000;
const LOG_ENTRIES = 100_000;
const QUEUE_RUNS = 15;
const GRADES_TIMED = 200;
const DAY = 86_400_000;
const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

export async function measure(): Promise<Record<string, number>> {
  const random = seededRandom(42);
  const now = Date.now();
  const cards = generateCards(random);
  const states = generateStates(cards, random, now);
  const dir = await mkdtemp(join(tmpdir(), 'coach-bench-drills-'));
  try {
    await writeDataDir(dir, cards, states, random, now);
    const service = new DrillService({ dataDir: dir, clock: systemClock, logger: quiet });
    await service.start();
    try {
      return {
        drill_queue_100k_ms: round(await queueMedian(service, cards), 2),
        grade_p95_ms: round(await gradeP95(service, cards, random), 2),
      };
    } finally {
      await service.stop();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** 5,000 notes of 20 cards in 250 folders, a few tags each. */
function generateCards(random: () => number): DrillCard[] {
  const cards: DrillCard[] = [];
  for (let note = 0; note < CARDS / 20; note++) {
    const folder = `area-${note % 10}/topic-${note % 250}`;
    const notePath = `${folder}/note-${note}.md`;
    const tags = [`area-${note % 10}`, `lang/${['go', 'ts', 'rust', 'sql'][note % 4]}`];
    for (let i = 0; i < 20; i++) {
      cards.push({
        id: `card-${note}-${i}`,
        notePath,
        question: `Question ${i} of note ${note}?`,
        answered: random() >= 0.05,
        kind: 'technical',
        tags,
        folder,
      });
    }
  }
  return cards;
}

/** 80% of cards reviewed in the last two months, due from then to three months ahead; a few suspended or buried. */
function generateStates(cards: DrillCard[], random: () => number, now: number): CardStates {
  const states: CardStates = new Map();
  for (const card of cards) {
    if (random() < 0.2) continue;
    const lastReview = now - Math.round((1 + random() * 60) * DAY);
    const scheduledDays = 1 + Math.floor(random() * 90);
    const schedule: Schedule = {
      due: lastReview + scheduledDays * DAY,
      stability: 1 + random() * 100,
      difficulty: 1 + random() * 9,
      scheduledDays,
      learningSteps: 0,
      reps: 1 + Math.floor(random() * 10),
      lapses: Math.floor(random() * 3),
      phase: random() < 0.05 ? 'relearning' : 'review',
      lastReview,
    };
    const state: CardState = { schedule, introducedAt: now - 100 * DAY, suspended: random() < 0.01, buriedUntil: random() < 0.01 ? now + DAY : 0 };
    states.set(card.id, state);
  }
  return states;
}

/** A review log of 100,000 grades and a snapshot covering it, as after months of use. */
async function writeDataDir(dir: string, cards: DrillCard[], states: CardStates, random: () => number, now: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  const lines: string[] = [];
  const reviewed = [...states.keys()];
  for (let seq = 1; seq <= LOG_ENTRIES; seq++) {
    const cardId = reviewed[Math.floor(random() * reviewed.length)] ?? cards[0]!.id;
    const after = states.get(cardId)!.schedule!;
    const entry: GradeEntry = { seq, type: 'grade', cardId, at: now - (LOG_ENTRIES - seq) * 60_000, grade: GRADES[seq % 4]!, before: after, after, elapsedMs: 8_000 };
    lines.push(formatEntry(entry));
  }
  const log = Buffer.from(lines.join(''));
  await writeFile(join(dir, REVIEW_LOG_FILE), log);
  await writeFile(join(dir, SNAPSHOT_FILE), encodeSnapshot({ seq: LOG_ENTRIES, bytes: log.length }, states));
}

/** The whole vault's queue (due and new cards), through the service and the store loaded from disk. */
async function queueMedian(service: DrillService, cards: DrillCard[]): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < QUEUE_RUNS + 3; run++) {
    samples.push(await time(() => service.queue(cards, { kind: 'folder', folder: '' })));
  }
  return median(samples.slice(3)); // the first runs warm up
}

async function gradeP95(service: DrillService, cards: DrillCard[], random: () => number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < GRADES_TIMED + 10; i++) {
    const card = cards[Math.floor(random() * cards.length)]!;
    samples.push(await time(() => service.grade(card.id, GRADES[i % 4]!, 5_000)));
  }
  return percentile(samples.slice(10), 95);
}

/** Same cards and schedules on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}
