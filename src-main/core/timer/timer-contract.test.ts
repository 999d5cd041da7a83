/** The timer through the core's boundary, as a window (or a hostile page) calls it. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimerCue, TimerSnapshot } from '../../contract';
import { FakeClock } from '../testing/fake-clock';
import { createTestCore, type TestCore } from '../testing/test-core';

let t: TestCore;
let clock: FakeClock;

beforeEach(async () => {
  clock = new FakeClock();
  t = await createTestCore({ openVault: false, clock });
});
afterEach(async () => {
  await t.cleanup();
});

describe('the timer in the core', () => {
  it('runs a countdown through the contract and tells every window of each change and cue', async () => {
    expect(await t.call('timer:get')).toMatchObject({ mode: 'countdown', status: 'idle', durationMs: 60_000 });
    await t.call('timer:start', { mode: 'countdown', durationMs: 90_000 });
    clock.advance(30_000);
    expect(await t.call('timer:pause')).toMatchObject({ status: 'paused', remainingMs: 60_000 });
    expect(await t.call('timer:addMinute')).toMatchObject({ status: 'paused', remainingMs: 120_000 });
    expect(await t.call('timer:resume')).toMatchObject({ status: 'running' });
    clock.advance(120_000);
    const timerEvents = t.events.flatMap(({ name, payload }) => {
      if (name === 'timer:changed') return [`changed: ${(payload as TimerSnapshot).status}`];
      return name === 'timer:cue' ? [`cue: ${(payload as TimerCue).kind}`] : [];
    });
    expect(timerEvents).toEqual([
      'changed: running',
      'changed: paused',
      'changed: paused',
      'changed: running',
      'cue: warning',
      'changed: finished',
      'cue: end',
    ]);
    expect(await t.call('timer:reset')).toMatchObject({ status: 'idle', durationMs: 90_000 });
  });

  it('asks the platform for a system notification at the end (it shows one only when no window has the focus)', async () => {
    await t.call('timer:start', { durationMs: 150_000 });
    clock.advance(149_999);
    expect(t.platform.notified).toEqual([]);
    clock.advance(1);
    expect(t.platform.notified).toEqual([{ title: 'Time is up', body: 'The 2:30 countdown has finished.' }]);
    await t.call('timer:start', { durationMs: 20_000, label: '  Drill: thinking time ' });
    clock.advance(20_000);
    expect(t.platform.notified[1]).toEqual({ title: 'Drill: thinking time', body: 'The 0:20 countdown has finished.' });
  });

  it('stops the pending cue when the core stops', async () => {
    await t.call('timer:start', { durationMs: 5_000 });
    await t.core.stop();
    clock.advance(10_000);
    expect(t.events.some((event) => event.name === 'timer:cue')).toBe(false);
  });

  it('takes every valid set-up', async () => {
    expect(await t.call('timer:start', {})).toMatchObject({ mode: 'countdown', durationMs: 60_000, label: null });
    expect(await t.call('timer:start', { durationMs: 1000 })).toMatchObject({ mode: 'countdown', durationMs: 1000 });
    expect(await t.call('timer:start', { durationMs: 4 * 3_600_000 })).toMatchObject({ durationMs: 4 * 3_600_000 });
    expect(await t.call('timer:start', { mode: 'stopwatch', label: 'Mock: question 2' })).toMatchObject({ mode: 'stopwatch', label: 'Mock: question 2' });
    expect(await t.call('timer:setPreset', { mode: 'countdown', durationMs: 180_000 })).toMatchObject({ status: 'idle', durationMs: 180_000 });
    expect(await t.call('timer:setPreset', { mode: 'stopwatch' })).toMatchObject({ status: 'idle', mode: 'stopwatch' });
  });

  it.each([
    ['timer:start', { durationMs: -1 }],
    ['timer:start', { durationMs: 0 }],
    ['timer:start', { durationMs: 999 }],
    ['timer:start', { durationMs: Number.NaN }],
    ['timer:start', { durationMs: Number.POSITIVE_INFINITY }],
    ['timer:start', { durationMs: 1e12 }],
    ['timer:start', { durationMs: 4 * 3_600_000 + 1 }],
    ['timer:start', { durationMs: 1500.5 }],
    ['timer:start', { durationMs: '60000' }],
    ['timer:start', { durationMs: null }],
    ['timer:start', { mode: 'egg' }],
    ['timer:start', { mode: 'stopwatch', durationMs: 60_000 }],
    ['timer:start', { label: '' }],
    ['timer:start', { label: '   ' }],
    ['timer:start', { label: 'x'.repeat(81) }],
    ['timer:start', { label: 'two\nlines' }],
    ['timer:start', { label: 42 }],
    ['timer:start', { durationMs: 60_000, owner: 'drill' }],
    ['timer:start', 'now'],
    ['timer:pause', { now: true }],
    ['timer:resume', []],
    ['timer:reset', { force: true }],
    ['timer:addMinute', { minutes: 5 }],
    ['timer:get', { x: 1 }],
    ['timer:setPreset', {}],
    ['timer:setPreset', { mode: 'countdown' }],
    ['timer:setPreset', { mode: 'stopwatch', durationMs: 60_000 }],
    ['timer:setPreset', { mode: 'countdown', durationMs: -60_000 }],
  ])('refuses %s %j with INVALID_ARGUMENT, changing nothing', async (name, args) => {
    await expect(t.call(name as 'timer:start', args as never)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(await t.call('timer:get')).toMatchObject({ status: 'idle', version: 0 });
  });
});
