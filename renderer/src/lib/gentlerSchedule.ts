/**
 * The gentler schedule Today offers after the same prompt was skipped 3 times in a row: fewer prompts, the
 * same kinds of change. 20-8-2 becomes the default 30:15 (a prompt every 30 minutes instead of 20); any
 * other schedule keeps its standing and moving minutes and sits 10 minutes longer between changes (a custom
 * schedule). Null when sitting is already at the longest the settings allow. The user decides: this only
 * computes the offer.
 */
import {
  presets,
  type Schedule,
  type Settings,
  type SettingsPatch,
  scheduleOf,
} from '../../../shared/settings';

export const LONGER_SIT_MIN = 10;
const MAX_SIT_MIN = 120;

export interface GentlerOffer {
  from: Schedule;
  to: Schedule;
  patch: SettingsPatch;
}

export function gentlerSchedule(settings: Pick<Settings, 'schedule'>): GentlerOffer | null {
  const from = scheduleOf(settings);
  if (settings.schedule.preset === 'cornell') {
    const { sitMin, standMin, moveMin } = presets['back-friendly'];
    return { from, to: { sitMin, standMin, moveMin }, patch: { schedule: { preset: 'back-friendly' } } };
  }
  if (from.sitMin >= MAX_SIT_MIN) return null;
  const to = { ...from, sitMin: Math.min(MAX_SIT_MIN, from.sitMin + LONGER_SIT_MIN) };
  return { from, to, patch: { schedule: { preset: 'custom', custom: to } } };
}
