import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../main/engine';
import { groupByDay } from '../../../shared/day-groups';
import type { EngineEvent } from '../../../shared/events';
import { defaultSettings } from '../../../shared/settings';

const timeZone = 'Europe/London';
const opts = { timeZone, dayStart: '04:00' };
const MIN = 60_000;

/** A long day at the keyboard on the real engine, the wall clock set back an hour at 20:00. */
function lateDayWithClockSetBack(): EngineEvent[] {
  const engine = createEngine({ settings: defaultSettings, timeZone });
  const events: EngineEvent[] = [];
  const start = Date.parse('2026-11-23T09:00:00Z');
  const change = Date.parse('2026-11-23T20:00:00Z');
  for (let at = start; at <= Date.parse('2026-11-24T04:30:00Z'); at += 5 * MIN) {
    const wall = at >= change ? at - 60 * MIN : at;
    events.push(...engine.handle({ kind: 'idle', idleSec: 0, at, wall }).events);
  }
  return events;
}

describe('groupByDay after a manual clock change', () => {
  it('keeps the events the engine dated by the shifted wall clock, and skews none', () => {
    const events = lateDayWithClockSetBack();
    expect(events.some((e) => e.type === 'clock')).toBe(true);
    const grouped = groupByDay(events, opts);
    expect(grouped.skewed).toBe(0);
    const kept = grouped.days.reduce((n, d) => n + d.events.length, 0);
    expect(kept).toBe(events.length);
    // By the wall clock (an hour behind), 04:30 is still 03:30: the same Sitwise day.
    expect(grouped.days.map((d) => d.date)).toEqual(['2026-11-23']);
  });

  it('still leaves out an event dated far outside its day', () => {
    const events = lateDayWithClockSetBack();
    const first = events[0];
    if (!first) throw new Error('no events');
    const stray: EngineEvent = { type: 'observed', at: first.at + 400 * 86_400_000, final: false };
    const grouped = groupByDay([...events, stray], opts);
    expect(grouped.skewed).toBe(1);
  });
});
