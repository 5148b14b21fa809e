/** The gentler schedule Today offers after three skips in a row: fewer prompts, the same kinds of change. */
import { describe, expect, it } from 'vitest';
import { gentlerSchedule } from '../../../renderer/src/lib/gentlerSchedule';
import { defaultSettings, type Settings } from '../../../shared/settings';

const withSchedule = (schedule: Settings['schedule']) => ({ schedule });

describe('gentler schedule', () => {
  it('20-8-2 becomes the 30:15 preset', () => {
    expect(gentlerSchedule(withSchedule({ ...defaultSettings.schedule, preset: 'cornell' }))).toEqual({
      from: { sitMin: 20, standMin: 8, moveMin: 2 },
      to: { sitMin: 30, standMin: 15, moveMin: 2 },
      patch: { schedule: { preset: 'back-friendly' } },
    });
  });

  it('30:15 sits 10 minutes longer, as a custom schedule', () => {
    expect(gentlerSchedule(defaultSettings)).toEqual({
      from: { sitMin: 30, standMin: 15, moveMin: 2 },
      to: { sitMin: 40, standMin: 15, moveMin: 2 },
      patch: { schedule: { preset: 'custom', custom: { sitMin: 40, standMin: 15, moveMin: 2 } } },
    });
  });

  it('no standing desk keeps its snacks and no standing', () => {
    expect(
      gentlerSchedule(withSchedule({ ...defaultSettings.schedule, preset: 'no-standing-desk' }))?.to,
    ).toEqual({
      sitMin: 40,
      standMin: 0,
      moveMin: 2,
    });
  });

  it('a custom schedule at 115 minutes goes to the longest allowed, 120; at 120 there is no offer', () => {
    const custom = (sitMin: number) =>
      withSchedule({ preset: 'custom', custom: { sitMin, standMin: 10, moveMin: 3 } });
    expect(gentlerSchedule(custom(115))?.to).toEqual({ sitMin: 120, standMin: 10, moveMin: 3 });
    expect(gentlerSchedule(custom(120))).toBeNull();
  });
});
