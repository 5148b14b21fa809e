import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeLine, monthFile } from '../../../main/services/journal/format';
import type { SettingsStoreOptions, StoredSettings } from '../../../main/services/settings/store';
import { openStorage, type Storage } from '../../../main/services/storage';
import { groupByDay } from '../../../shared/day-groups';
import type { EngineEvent } from '../../../shared/events';
import { DayFolder, foldDays, timelineOf } from '../../../shared/fold';
import type { Notice } from '../../../shared/ipc';
import { emptyDay } from '../../../shared/summary';
import { addDays, instantOf } from '../../../shared/time';
import { syntheticDays } from './helpers/synthetic';

const opts = { timeZone: 'Europe/Berlin', dayStart: '04:00' };
const openConf = (o: SettingsStoreOptions) =>
  new Conf<StoredSettings>({ cwd: o.cwd, configName: o.name, schema: o.schema, defaults: o.defaults });

let dir: string;
let now: number;
let notices: Notice[];
let storages: Storage[];

function open(): Storage {
  const s = openStorage({
    dataDir: dir,
    openSettingsStore: openConf,
    now: () => now,
    timeZone: () => opts.timeZone,
    notify: (n) => notices.push(n),
    chooseSavePath: async () => null,
  });
  storages.push(s);
  return s;
}

function journalDays(s: Storage, from: string, count: number, seed = 3) {
  const days = syntheticDays(from, count, opts, seed);
  for (const d of days) for (const e of d.events) s.journal.append(e);
  return days;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitwise-summaries-'));
  now = instantOf('2026-11-20', 12 * 60, opts.timeZone);
  notices = [];
  storages = [];
});
afterEach(() => {
  for (const s of storages) s.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('summaries over the journal', () => {
  it('gives each day the fold of its events, across month files, with empty days as zeros', () => {
    const s = open();
    const days = journalDays(s, '2026-10-28', 10);
    const range = s.summaries.range('2026-10-27', '2026-11-07');
    expect(range.map((d) => d.date)).toEqual(Array.from({ length: 12 }, (_, i) => addDays('2026-10-27', i)));
    expect(range[0]).toEqual(emptyDay('2026-10-27'));
    for (const d of days) {
      expect(s.summaries.day(d.date)).toEqual(foldDays(d.events, opts)[0]);
      expect(s.summaries.day(d.date).sittingMin).toBeGreaterThan(0);
    }
    expect(readFileSync(monthFile(join(dir, 'journal'), '2026-10'), 'utf8').split('\n')).toHaveLength(
      days.filter((d) => d.date < '2026-11-01').reduce((n, d) => n + d.events.length, 0) + 1,
    );
  });

  it('gives the timeline of a day and rollups that add up', () => {
    const s = open();
    const days = journalDays(s, '2026-11-02', 7);
    const first = days[0];
    if (!first) throw new Error('no days');
    const timeline = s.summaries.timeline(first.date);
    expect(timeline).toEqual(timelineOf(first.events, first.date, opts));
    const sitMs = timeline.filter((t) => t.kind === 'sitting').reduce((n, t) => n + t.end - t.start, 0);
    expect(Math.round(sitMs / 6000) / 10).toBe(s.summaries.day(first.date).sittingMin);

    const [week] = s.summaries.rollup('2026-11-02', '2026-11-08', 'week');
    const summaries = s.summaries.range('2026-11-02', '2026-11-08');
    const sitting = summaries.reduce((n, d) => n + d.sittingMin, 0);
    expect(week?.days).toBe(7);
    expect(week?.trackedDays).toBe(7);
    expect(week?.totals.sittingMin).toBeCloseTo(sitting, 5);
    expect(week?.avgSittingMin).toBeCloseTo(sitting / 7, 1);
    expect(week?.prompts.done).toBe(summaries.reduce((n, d) => n + d.prompts.done, 0));
    expect(week?.longestSittingBoutMin).toBe(Math.max(...summaries.map((d) => d.longestSittingBoutMin)));
    const stand = summaries.reduce((n, d) => n + d.standingMin, 0);
    const move = summaries.reduce((n, d) => n + d.movingMin, 0);
    expect(week?.standingShare).toBeCloseTo(stand / (sitting + stand + move), 3);
    const months = s.summaries.rollup('2026-10-30', '2026-11-03', 'month');
    expect(months.map((m) => [m.from, m.to, m.days, m.trackedDays])).toEqual([
      ['2026-10-30', '2026-10-31', 2, 0],
      ['2026-11-01', '2026-11-03', 3, 2],
    ]);
  });

  it('rebuilds the cache when the journal changes under it, and ignores a damaged cache', () => {
    const s = open();
    const days = journalDays(s, '2026-10-05', 3);
    const date = days[2]?.date ?? '';
    const before = s.summaries.day(date);
    const cachePath = join(dir, 'cache', 'summaries.json');
    expect(JSON.parse(readFileSync(cachePath, 'utf8')).months['2026-10'].days).toHaveLength(3);

    // A line added to the past month's last day (a restore, an edit) changes that day's figures.
    const file = monthFile(join(dir, 'journal'), '2026-10');
    const late = instantOf(date, 20 * 60, opts.timeZone);
    appendFileSync(file, encodeLine(1, 999_999, { type: 'prompt-skipped', at: late, id: 'x', auto: true }));
    const after = open().summaries.day(date);
    expect(after.prompts.skipped).toBe(before.prompts.skipped + 1);

    // A cache claiming other figures for an unchanged file loses once the file's stamp differs.
    const cache = JSON.parse(readFileSync(cachePath, 'utf8'));
    cache.months['2026-10'].days[0].sittingMin = 9999;
    writeFileSync(cachePath, JSON.stringify(cache));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(open().summaries.day(date)).toEqual(after);

    writeFileSync(cachePath, '{"fold": broken');
    expect(open().summaries.day(date)).toEqual(after);
  });

  it('uses the cache for an unchanged past month instead of reading the journal', () => {
    const s = open();
    const days = journalDays(s, '2026-10-05', 2);
    const date = days[0]?.date ?? '';
    const file = monthFile(join(dir, 'journal'), '2026-10');
    const stamp = 1_800_000_000; // whole seconds, so the time can be set back exactly
    utimesSync(file, stamp, stamp);
    const expected = s.summaries.day(date);
    // Blank the journal but keep its size and time: a cache hit never looks inside.
    const size = readFileSync(file).length;
    writeFileSync(file, `${' '.repeat(size - 1)}\n`);
    utimesSync(file, stamp, stamp);
    expect(statSync(file).size).toBe(size);
    expect(open().summaries.day(date)).toEqual(expected);
  });

  it('shows today live from the current month, and reads only that month at start-up', () => {
    const s = open();
    journalDays(s, '2026-11-19', 2);
    const today = s.summaries.today();
    expect(today).toBe('2026-11-20');
    const noon = instantOf('2026-11-20', 12 * 60, opts.timeZone);
    const morning = s.summaries.day(today);
    expect(s.summaries.day(today, noon + 60 * 60_000).sittingMin).toBeGreaterThanOrEqual(morning.sittingMin);
    // Damage an older month: start-up does not read it, so no notice.
    writeFileSync(monthFile(join(dir, 'journal'), '2026-09'), 'garbage\n');
    open();
    expect(notices).toEqual([]);
    open().summaries.day('2026-09-10');
    expect(notices.map((n) => n.kind)).toEqual(['journal-quarantined']);
  });

  it('extends only today to "now": a past day that ended with a quit keeps its own end', () => {
    const s = open();
    const at = (date: string, min: number) => instantOf(date, min, opts.timeZone);
    const day = (date: string): EngineEvent => ({
      type: 'day',
      at: at(date, 9 * 60),
      date,
      timeZone: opts.timeZone,
      dayStart: opts.dayStart,
      posture: 'sitting',
      presence: 'present',
      awayReason: null,
    });
    // Yesterday: two hours sitting, then the app quit while the user was at the desk.
    s.journal.append(day('2026-11-19'));
    s.journal.append({ type: 'observed', at: at('2026-11-19', 11 * 60), final: true });
    s.journal.append(day('2026-11-20'));
    const later = at('2026-11-20', 12 * 60);
    expect(s.summaries.day('2026-11-19', later).sittingMin).toBe(120);
    expect(s.summaries.timeline('2026-11-19', later).map((x) => [x.kind, x.end - x.start])).toEqual([
      ['sitting', 120 * 60_000],
    ]);
    // Today still runs to "now".
    expect(s.summaries.day('2026-11-20', later).sittingMin).toBe(180);
  });
});

describe('event journal', () => {
  it('files each event under the month of its Sitwise day, even after midnight before the day start', () => {
    const s = open();
    const [day] = syntheticDays('2026-10-31', 1, opts);
    for (const e of day?.events ?? []) s.journal.append(e);
    // 02:00 on 1 November is still the Sitwise day of 31 October (day start 04:00).
    const late = instantOf('2026-11-01', 2 * 60, opts.timeZone);
    s.journal.append({ type: 'observed', at: late, final: true });
    s.journal.flush();
    const october = readFileSync(monthFile(join(dir, 'journal'), '2026-10'), 'utf8')
      .trimEnd()
      .split('\n');
    expect(october).toHaveLength((day?.events.length ?? 0) + 1);
    expect(JSON.parse(october[october.length - 1] ?? '').rec.at).toBe(late);
  });

  it('tells the user once and records nothing in a month written by a newer version', () => {
    const file = monthFile(join(dir, 'journal'), '2026-11');
    const [day] = syntheticDays('2026-11-20', 1, opts);
    const content = (day?.events ?? []).map((e, i) => encodeLine(2, i + 1, e)).join('');
    mkdirSync(join(dir, 'journal'), { recursive: true });
    writeFileSync(file, content);
    const s = open();
    expect(notices.map((n) => n.kind)).toEqual(['journal-read-only']);
    expect(s.summaries.day('2026-11-20').sittingMin).toBeGreaterThan(0);
    expect(s.journal.append({ type: 'observed', at: now, final: false })).toBeNull();
    expect(s.journal.append({ type: 'observed', at: now + 1, final: false })).toBeNull();
    expect(notices).toHaveLength(1);
    expect(readFileSync(file, 'utf8')).toBe(content);
  });
});

describe('clock-skewed and out-of-order events', () => {
  const date = '2026-11-03';
  const at = (hhmm: number) => instantOf(date, hhmm, opts.timeZone);
  const day: EngineEvent = {
    type: 'day',
    at: at(8 * 60),
    date,
    timeZone: opts.timeZone,
    dayStart: opts.dayStart,
    posture: 'sitting',
    presence: 'present',
    awayReason: null,
  };

  it('leaves out an event dated outside its day instead of stretching the day', () => {
    const nextYear = at(8 * 60) + 365 * 86_400_000;
    const events: EngineEvent[] = [
      day,
      { type: 'observed', at: at(9 * 60), final: false },
      { type: 'observed', at: nextYear, final: false },
      { type: 'observed', at: at(10 * 60), final: true },
    ];
    const grouped = groupByDay(events, opts);
    expect(grouped.skewed).toBe(1);
    expect(grouped.days.map((d) => d.events.length)).toEqual([3]);
    expect(foldDays(grouped.days[0]?.events ?? [], opts)[0]?.sittingMin).toBe(120);
  });

  it('orders a day by time (ties keep journal order) so the fold never sees time go backwards', () => {
    const events: EngineEvent[] = [
      day,
      { type: 'observed', at: at(10 * 60), final: false },
      { type: 'posture', at: at(9 * 60), posture: 'standing', from: 'sitting', cause: 'user' },
      { type: 'observed', at: at(11 * 60), final: true },
    ];
    // The fold itself requires time order; grouping by day provides it.
    const folder = new DayFolder(opts);
    expect(() => {
      for (const e of events) folder.push(e);
    }).toThrow(/out of order/);
    const grouped = groupByDay(events, opts);
    expect(grouped.days[0]?.events.map((e) => e.type)).toEqual(['day', 'posture', 'observed', 'observed']);
    const summary = foldDays(grouped.days[0]?.events ?? [], opts)[0];
    expect(summary?.sittingMin).toBe(60);
    expect(summary?.standingMin).toBe(120);
  });

  it('joins two `day` events of the same date (a restart) into one day, in date order', () => {
    const later: EngineEvent = { ...day, at: at(13 * 60) };
    const other: EngineEvent = {
      ...day,
      date: '2026-11-02',
      at: instantOf('2026-11-02', 9 * 60, opts.timeZone),
    };
    const grouped = groupByDay(
      [
        day,
        { type: 'observed', at: at(9 * 60), final: true },
        other,
        later,
        { type: 'observed', at: at(14 * 60), final: true },
      ],
      opts,
    );
    expect(grouped.days.map((d) => [d.date, d.events.length])).toEqual([
      ['2026-11-02', 1],
      ['2026-11-03', 4],
    ]);
  });
});
