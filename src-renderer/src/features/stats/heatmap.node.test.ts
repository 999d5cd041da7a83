import { describe, expect, it } from 'vitest';
import { heatmapWeeks } from './heatmap';

describe('heatmap layout', () => {
  it('puts days in Monday-first week columns with levels relative to the busiest day', () => {
    // 2026-11-18 is a Wednesday.
    const days = ['2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23', '2026-11-24'].map((date, i) => ({ date, reviews: [0, 1, 4, 8, 0, 2, 0][i]!, mockMinutes: i === 4 ? 4 : 0 }));
    const weeks = heatmapWeeks(days);
    expect(weeks).toHaveLength(2);
    expect(weeks[0]!.slice(0, 2)).toEqual([null, null]);
    expect(weeks[0]![2]).toEqual({ date: '2026-11-18', level: 0, label: '2026-11-18: no practice' });
    expect(weeks[0]![5]).toMatchObject({ date: '2026-11-21', level: 4, label: '2026-11-21: 8 cards' });
    expect(weeks[0]![6]).toMatchObject({ date: '2026-11-22', level: 2, label: '2026-11-22: 4 min of mock interviews' });
    expect(weeks[1]![0]).toMatchObject({ date: '2026-11-23', level: 1 });
    expect(weeks[1]!.slice(2)).toEqual([null, null, null, null, null]);
  });
});
