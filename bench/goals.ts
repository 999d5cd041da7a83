/** The targets the issues set, checked against a run's figures. */
export interface Goal {
  description: string;
  /** The figure must be at most this. */
  max?: number;
  /** The figure must be at least this. */
  min?: number;
  /** A ratio goal: figure[0] / figure[1] at most `max`. */
  ratioOf?: [string, string];
}

export const GOALS: Record<string, Goal> = {
  vault_open_ratio: { description: 'vault_open_10k_ms / vault_read_10k_ms ≤ 2', max: 2, ratioOf: ['vault_open_10k_ms', 'vault_read_10k_ms'] },
  search_p95_ms: { description: '≤ 10 ms', max: 10 },
  main_rss_10k_mb: { description: '≤ 200 MB (at rest a minute after opening, cards read; the peak while loading is main_rss_10k_peak_mb)', max: 200 },
  note_open_1mb_ms: { description: '≤ 150 ms (median of the opens after the first; the first is note_open_1mb_first_ms)', max: 150 },
  keystroke_p95_ms: { description: '≤ 16 ms', max: 16 },
  save_p95_ms: { description: '≤ 30 ms', max: 30 },
  roundtrip_commonmark: { description: '652 of 652 (at the very least 646)', min: 646 },
  roundtrip_gfm: { description: '675 of 677 (at the very least 670)', min: 670 },
  cards_500q_ms: { description: '≤ 50 ms', max: 50 },
  vault_cards_ratio: { description: 'vault_cards_10k_ms / vault_read_10k_ms ≤ 2', max: 2, ratioOf: ['vault_cards_10k_ms', 'vault_read_10k_ms'] },
  drill_queue_100k_ms: { description: '≤ 20 ms', max: 20 },
  grade_p95_ms: { description: '≤ 5 ms', max: 5 },
  timer_late_p95_ms: { description: '≤ 35 ms', max: 35 },
  coach_1000w_ms: { description: '≤ 10 ms (median of the runs after warm-up; parsing included)', max: 10 },
  stories_matrix_500_ms: { description: '≤ 50 ms (500 stories, 200 questions; median after warm-up)', max: 50 },
  pause_analysis_2min_ms: { description: '≤ 200 ms (talk, silence and pauses over 2.5 s in 2 minutes of 48 kHz audio; median after warm-up)', max: 200 },
  recording_save_2min_ms: { description: '≤ 100 ms (a 2-minute recording, ~1 MB, from the request to durably on disk; median after warm-up)', max: 100 },
  stats_1y_ms: { description: '≤ 100 ms (a year of practice: 100,000 reviews, 300 mock sessions, 20,000 schedules; median after warm-up)', max: 100 },
};

export function verdict(name: string, figures: Record<string, number>): { value?: number; met: boolean } {
  const goal = GOALS[name]!;
  const value = goal.ratioOf ? figures[goal.ratioOf[0]]! / figures[goal.ratioOf[1]]! : figures[name];
  if (value === undefined || Number.isNaN(value)) return { met: false };
  const met = (goal.max === undefined || value <= goal.max) && (goal.min === undefined || value >= goal.min);
  return { value: Math.round(value * 100) / 100, met };
}
