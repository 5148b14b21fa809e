import { describe, expect, it } from 'vitest';
import type { NotificationSpec } from '../../../main/ports';
import {
  createReminderScheduler,
  endOfDayNotification,
  nextReminders,
  nextWallTime,
  windDownNotification,
} from '../../../main/shell/reminders';
import { wordsFor } from '../../../main/shell/words';
import type { Screen } from '../../../shared/ipc';
import { defaultSettings, type Settings } from '../../../shared/settings';
import { emptyDay } from '../../../shared/summary';
import { FakeClock } from '../../host/fake-clock';

/** English (GB) words: the notifications are checked as the person reads them. */
const EN = wordsFor('en', ['en-GB'], 'Europe/Berlin');

const TZ = 'Europe/Berlin';
const at = (iso: string) => Date.parse(iso);

describe('reminder times', () => {
  it('fires today when the time is still ahead, tomorrow otherwise', () => {
    expect(nextWallTime(at('2026-11-23T10:00:00Z'), '17:30', TZ)).toBe(at('2026-11-23T16:30:00Z'));
    expect(nextWallTime(at('2026-11-23T16:30:00Z'), '17:30', TZ)).toBe(at('2026-11-24T16:30:00Z'));
  });

  it('keeps the local hour across a DST change (23- and 25-hour days)', () => {
    // Berlin leaves summer time on 25 Oct 2026: 17:30 is 15:30Z before, 16:30Z after.
    expect(nextWallTime(at('2026-10-24T16:00:00Z'), '17:30', TZ)).toBe(at('2026-10-25T16:30:00Z'));
    // and enters it on 29 Mar 2026.
    expect(nextWallTime(at('2026-03-28T17:00:00Z'), '17:30', TZ)).toBe(at('2026-03-29T15:30:00Z'));
  });

  it('follows the time zone it is given', () => {
    expect(nextWallTime(at('2026-11-23T10:00:00Z'), '17:30', 'America/New_York')).toBe(
      at('2026-11-23T22:30:00Z'),
    );
  });

  it('limits the check-in to its weekday and the summary to working days when working hours are on', () => {
    const settings: Settings = {
      ...defaultSettings,
      checkIn: { enabled: true, day: 1, time: '10:00' },
      workingHours: { ...defaultSettings.workingHours, enabled: true, days: [1, 2, 3, 4, 5] },
    };
    // Friday 27 Nov 2026, 18:00 Berlin: next summary Monday 30th 17:30, check-in Monday 30th 10:00.
    const reminders = nextReminders(settings, at('2026-11-27T17:00:00Z'), TZ);
    expect(reminders).toEqual([
      { kind: 'check-in', at: at('2026-11-30T09:00:00Z') },
      { kind: 'end-of-day', at: at('2026-11-30T16:30:00Z') },
    ]);
  });

  it('schedules nothing that is turned off', () => {
    const off: Settings = {
      ...defaultSettings,
      endOfDaySummary: { enabled: false, time: '17:30' },
      checkIn: { ...defaultSettings.checkIn, enabled: false },
    };
    expect(nextReminders(off, at('2026-11-23T10:00:00Z'), TZ)).toEqual([]);
  });

  it('offers the evening wind-down only when turned on, every day at its time', () => {
    expect(defaultSettings.windDown.enabled).toBe(false);
    const on: Settings = {
      ...defaultSettings,
      endOfDaySummary: { enabled: false, time: '17:30' },
      checkIn: { ...defaultSettings.checkIn, enabled: false },
      windDown: { enabled: true, time: '21:30' },
    };
    // Saturday 28 Nov 2026, 22:00 Berlin: past today's, so Sunday 29th 21:30 (working days do not apply).
    expect(nextReminders(on, at('2026-11-28T21:00:00Z'), TZ)).toEqual([
      { kind: 'wind-down', at: at('2026-11-29T20:30:00Z') },
    ]);
    expect(windDownNotification('2026-11-29', EN)).toMatchObject({ id: 'wind-down-2026-11-29', actions: [] });
  });

  it('summarises the day in the notification', () => {
    const spec = endOfDayNotification(
      {
        ...emptyDay('2026-11-23'),
        sittingMin: 312.4,
        longestSittingBoutMin: 52,
        postureChanges: 7,
        prompts: { ...emptyDay('2026-11-23').prompts, shown: 9, done: 1, snoozed: 2, skipped: 1 },
      },
      EN,
    );
    expect(spec.body).toBe(
      'Sitting 5 h 12 min · longest bout 52 min · 7 posture changes · 1 prompt followed',
    );
    expect(spec.id).toBe('end-of-day-2026-11-23');
  });
});

describe('reminder scheduler', () => {
  function setup(settings: Settings = defaultSettings, checkinPending?: () => Promise<boolean>) {
    const clock = new FakeClock(at('2026-11-23T15:00:00Z')); // Monday 16:00 Berlin
    const shown: { spec: NotificationSpec; onAction: (a: string) => void }[] = [];
    const opened: Screen[] = [];
    const errors: unknown[] = [];
    const summaries: string[] = [];
    const scheduler = createReminderScheduler({
      clock,
      notifier: { show: (spec, onAction) => shown.push({ spec, onAction }), close: () => {} },
      timeZone: () => TZ,
      settings: async () => settings,
      words: () => EN,
      summary: async (date) => {
        summaries.push(date);
        return { ...emptyDay(date), sittingMin: 200 };
      },
      open: (screen) => opened.push(screen),
      onError: (e) => errors.push(e),
      ...(checkinPending ? { checkinPending } : {}),
    });
    return { clock, shown, opened, errors, summaries, scheduler };
  }

  it('shows the end-of-day summary at its time, opens Today on click, and re-arms for tomorrow', async () => {
    const t = setup();
    await t.scheduler.reschedule();
    await t.clock.advance(89 * 60_000);
    expect(t.shown).toEqual([]);
    await t.clock.advance(60_000);
    expect(t.shown.map((s) => s.spec.title)).toEqual(['Your day with Sitwise']);
    expect(t.summaries).toEqual(['2026-11-23']);
    t.shown[0]?.onAction('click');
    t.shown[0]?.onAction('close');
    expect(t.opened).toEqual(['today']);
    expect(t.clock.pendingTimers()).toBe(1);
    expect(t.errors).toEqual([]);
  });

  it('shows the weekly check-in on its day and opens the check-in screen', async () => {
    const t = setup({ ...defaultSettings, endOfDaySummary: { enabled: false, time: '17:30' } });
    await t.scheduler.reschedule();
    await t.clock.advance(7 * 24 * 60 * 60_000);
    expect(t.shown.map((s) => s.spec.id)).toEqual(['check-in-2026-11-30']);
    t.shown[0]?.onAction('click');
    expect(t.opened).toEqual(['checkin']);
  });

  it('skips the check-in reminder when this week’s check-in is already done, and re-arms', async () => {
    const noSummary = { ...defaultSettings, endOfDaySummary: { enabled: false, time: '17:30' } };
    let pending = false;
    const t = setup(noSummary, async () => pending);
    await t.scheduler.reschedule();
    await t.clock.advance(7 * 24 * 60 * 60_000);
    expect(t.shown).toEqual([]);
    pending = true;
    await t.clock.advance(7 * 24 * 60 * 60_000);
    expect(t.shown.map((s) => s.spec.id)).toEqual(['check-in-2026-12-07']);
  });

  it('keeps a single timer however often it is rescheduled, and none after stop', async () => {
    const t = setup();
    await t.scheduler.reschedule();
    await t.scheduler.reschedule();
    await t.scheduler.reschedule();
    expect(t.clock.pendingTimers()).toBe(1);
    t.scheduler.stop();
    expect(t.clock.pendingTimers()).toBe(0);
    await t.scheduler.reschedule();
    expect(t.clock.pendingTimers()).toBe(0);
  });
});
