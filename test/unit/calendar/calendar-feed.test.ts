/** The calendar feed: when it reads, what the engine gets, what Settings sees, and failures that keep tracking. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { busySpans, createCalendarFeed, MAX_SPANS } from '../../../main/calendar/calendar-feed';
import type { BusySpan } from '../../../main/engine/types';
import { defaultSettings, type Settings } from '../../../shared/settings';
import { FakeClock } from '../../host/fake-clock';
import { FakeNetwork, type FakeReply } from './fake-network';

const ICS = readFileSync('test/fixtures/calendar/google.ics', 'utf8');
const ADDRESS = 'https://calendar.example.org/private-abc/basic.ics';
const MIN = 60_000;
const ok: FakeReply = { status: 200, headers: { 'content-type': 'text/calendar' }, body: ICS };

function setup(options: {
  settings?: Settings;
  replies?: Record<string, FakeReply>;
  files?: Record<string, string>;
}) {
  const clock = new FakeClock(Date.parse('2026-03-31T06:00:00Z'));
  const network = new FakeNetwork(options.replies ?? { [ADDRESS]: ok });
  let settings = options.settings ?? defaultSettings;
  const sent: BusySpan[][] = [];
  const errors: unknown[] = [];
  const reads: string[] = [];
  const feed = createCalendarFeed({
    clock,
    network,
    readFile: async (path) => {
      reads.push(path);
      const text = options.files?.[path];
      if (text === undefined)
        throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: 'ENOENT' });
      return text;
    },
    settings: () => settings,
    timeZone: () => 'Europe/Berlin',
    busyChanged: (busy) => sent.push(busy),
    onError: (e) => errors.push(e),
  });
  const change = (next: Settings) => {
    settings = next;
    feed.settingsChanged(next);
  };
  return { clock, network, feed, sent, errors, reads, change };
}

const withCalendar = (source: string, enabled = true): Settings => ({
  ...defaultSettings,
  calendar: { enabled, source },
});
const iso = (ms: number) => new Date(ms).toISOString();
/** Lets a read under way finish (promise hops only: nothing here waits on real time). */
const settle = async () => {
  for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
};

describe('calendar feed', () => {
  it('off by default: nothing read, nothing fetched, nothing sent', async () => {
    const { feed, clock, network, sent, reads } = setup({});
    feed.start();
    await clock.advance(60 * MIN);
    expect(network.requests).toEqual([]);
    expect(reads).toEqual([]);
    expect(sent).toEqual([]);
    expect(feed.status()).toEqual({ state: 'off', lastReadAt: null, error: null, upcoming: [] });
  });

  it('an address but turned off: still nothing fetched', async () => {
    const { feed, clock, network } = setup({ settings: withCalendar(ADDRESS, false) });
    feed.start();
    await clock.advance(60 * MIN);
    expect(network.requests).toEqual([]);
  });

  it('turned on: busy spans (no titles) to the engine, the next events with titles for Settings', async () => {
    const { feed, sent, change } = setup({});
    feed.start();
    change(withCalendar(ADDRESS));
    await settle();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.slice(0, 2).map((b) => [iso(b.start), iso(b.end)])).toEqual([
      ['2026-03-31T11:00:00.000Z', '2026-03-31T11:30:00.000Z'],
      ['2026-04-01T09:00:00.000Z', '2026-04-01T09:15:00.000Z'],
    ]);
    expect(Object.keys(sent[0]?.[0] ?? {})).toEqual(['start', 'end']);
    const status = feed.status();
    expect(status.state).toBe('ok');
    expect(status.lastReadAt).toBe(Date.parse('2026-03-31T06:00:00Z'));
    // Within 36 hours: the 1:1 and the moved stand-up (the next day's is cancelled).
    expect(status.upcoming.map((e) => e.title)).toEqual(['1:1 with Sam', 'Daily stand-up (moved)']);
  });

  it('fetches at most every 15 minutes', async () => {
    const { feed, clock, network } = setup({ settings: withCalendar(ADDRESS) });
    feed.start();
    await settle();
    await clock.advance(44 * MIN);
    expect(network.requests).toHaveLength(3);
    await clock.advance(1 * MIN);
    expect(network.requests).toHaveLength(4);
  });

  it('on resume: fetched again once 15 minutes have passed, not sooner', async () => {
    const { feed, clock, network } = setup({ settings: withCalendar(ADDRESS) });
    feed.start();
    await settle();
    await clock.advance(5 * MIN);
    feed.resumed();
    await settle();
    expect(network.requests).toHaveLength(1);
    clock.sleep(60 * MIN);
    feed.resumed();
    await settle();
    expect(network.requests).toHaveLength(2);
  });

  it('a failure is shown in plain words, keeps the busy times last read, and is tried again in 15 minutes', async () => {
    const replies: Record<string, FakeReply> = { [ADDRESS]: ok };
    const { feed, clock, sent, errors } = setup({ settings: withCalendar(ADDRESS), replies });
    feed.start();
    await settle();
    replies[ADDRESS] = { status: 503 };
    await clock.advance(15 * MIN);
    expect(feed.status()).toMatchObject({
      state: 'error',
      lastReadAt: Date.parse('2026-03-31T06:00:00Z'),
      error: { code: 'serverError', status: 503 },
    });
    expect(sent).toHaveLength(1);
    expect(feed.status().upcoming).toHaveLength(2);
    replies[ADDRESS] = ok;
    await clock.advance(15 * MIN);
    expect(feed.status()).toMatchObject({ state: 'ok', error: null });
    expect(errors).toEqual([]);
  });

  it('webcal:// is fetched over https', async () => {
    const { feed, network } = setup({
      settings: withCalendar('webcal://calendar.example.org/private-abc/basic.ics'),
    });
    feed.start();
    await settle();
    expect(network.requests).toEqual([ADDRESS]);
  });

  it('a file is read instead of fetched; a missing file says so', async () => {
    const { feed, network, reads, change } = setup({
      settings: withCalendar('/home/ana/cal.ics'),
      files: { '/home/ana/cal.ics': ICS },
    });
    feed.start();
    await settle();
    expect(reads).toEqual(['/home/ana/cal.ics']);
    expect(network.requests).toEqual([]);
    expect(feed.status().state).toBe('ok');
    change(withCalendar('/home/ana/other.ics'));
    await settle();
    expect(feed.status()).toMatchObject({ state: 'error', error: { code: 'noFile' } });
  });

  it('turned off: the engine is told there are no busy times and the timer stops', async () => {
    const { feed, clock, sent, network, change } = setup({ settings: withCalendar(ADDRESS) });
    feed.start();
    await settle();
    change(defaultSettings);
    expect(sent.at(-1)).toEqual([]);
    await clock.advance(60 * MIN);
    expect(network.requests).toHaveLength(1);
    expect(clock.pendingTimers()).toBe(0);
    expect(feed.status().state).toBe('off');
  });

  it('a page that is not a calendar is an error, not a crash', async () => {
    const { feed } = setup({
      settings: withCalendar(ADDRESS),
      replies: { [ADDRESS]: { status: 200, headers: { 'content-type': 'text/plain' }, body: 'Hello' } },
    });
    feed.start();
    await settle();
    expect(feed.status().error).toEqual({ code: 'notIcs' });
  });

  it('refresh reads now and answers with the status', async () => {
    const { feed, network } = setup({ settings: withCalendar(ADDRESS) });
    feed.start();
    await settle();
    const status = await feed.refresh();
    expect(status.state).toBe('ok');
    expect(network.requests).toHaveLength(2);
  });

  it('an address changed while a read is under way is read as soon as that read ends', async () => {
    const other = 'https://calendar.example.org/other.ics';
    const { feed, clock, network, change } = setup({
      settings: withCalendar(ADDRESS),
      replies: { [ADDRESS]: { hang: true }, [other]: ok },
    });
    feed.start();
    await settle();
    change(withCalendar(other));
    await clock.advance(30_000);
    await settle();
    expect(network.requests).toEqual([ADDRESS, other]);
    expect(feed.status()).toMatchObject({ state: 'ok', error: null });
  });
});

describe('busy spans for the engine', () => {
  it('overlapping and back-to-back events are one span; a gap keeps them apart', () => {
    expect(
      busySpans([
        { start: 30, end: 40 },
        { start: 0, end: 10 },
        { start: 10, end: 20 },
        { start: 5, end: 15 },
        { start: 50, end: 60 },
        { start: 52, end: 55 },
      ]),
    ).toEqual([
      { start: 0, end: 20 },
      { start: 30, end: 40 },
      { start: 50, end: 60 },
    ]);
  });

  it('a calendar of thousands of short separate events is cut to the earliest 1000', () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ start: i * 100, end: i * 100 + 50 }));
    const spans = busySpans(many);
    expect(MAX_SPANS).toBe(1000);
    expect(spans).toHaveLength(1000);
    expect(spans.at(-1)).toEqual({ start: 99_900, end: 99_950 });
  });
});
