import { describe, expect, it } from 'vitest';
import { dueOrder } from './due-order';

describe('dueOrder', () => {
  it('orders times from earliest to latest, equal seconds in their given order', () => {
    const times = Float64Array.from([5_000, 1_000, 3_000_000_000_000, 5_400, 1_000, 0, 70_000_000]);
    expect([...dueOrder(times)]).toEqual([5, 1, 4, 0, 3, 6, 2]);
  });

  it('agrees with a comparison sort on random times spread over years', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const times = Float64Array.from({ length: 5_000 }, () => 1.7e12 + Math.floor(random() * 5 * 365 * 86_400) * 1000);
    const expected = [...times.keys()].sort((a, b) => times[a]! - times[b]! || a - b);
    expect([...dueOrder(times)]).toEqual(expected);
  });

  it('handles nothing and absurd dates', () => {
    expect([...dueOrder(new Float64Array())]).toEqual([]);
    expect([...dueOrder(Float64Array.from([1e15, -1e15, 0]))]).toEqual([1, 0, 2]);
  });
});
