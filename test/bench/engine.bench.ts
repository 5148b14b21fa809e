/**
 * Wake-ups and CPU time per simulated hour, beside a 1-second polling loop doing the same job (how
 * Stretchly, BreakTimer and Workrave track activity: a timer fires every second, reads the idle time, adds
 * a second to the sitting counter or resets it after a long idle stretch, and prompts when the counter
 * reaches the sit length). Wake-ups are counted on one fake clock for the whole app and for a real poller
 * (app-timers.ts); CPU is the engine's replay beside the poller's loop logic. The fold of a year of
 * events is timed beside a plain one-pass fold.
 */
import { parseScenario, runScenario, type ScenarioStep } from '../../main/cli/scenario';
import { createEngine, type EngineInput } from '../../main/engine';
import type { EngineEvent } from '../../shared/events';
import { foldDays } from '../../shared/fold';
import { defaultSettings, type Settings, scheduleOf } from '../../shared/settings';
import { addDays } from '../../shared/time';
import { countWakeUps, idleAt } from './app-timers';
import type { BenchRow, BenchSuite } from './table';

const TZ = 'Europe/Berlin';
const H = 3_600_000;

const activeDay = [
  ['09:00', { idle: 0 }],
  ['09:31', { user: 'stand' }],
  ['09:47', { user: 'snack-start' }],
  ['09:49', { user: 'snack-done' }],
  ['10:20', { user: 'snooze' }],
  ['10:26', { user: 'sit' }],
  ['10:58', { user: 'stand' }],
  ['11:20', { user: 'sit' }],
  ['11:40', { idle: 400 }],
  ['12:30', { power: 'lock' }],
  ['13:15', { power: 'unlock' }],
  ['13:46', { user: 'snack-start' }],
  ['13:48', { user: 'snack-done' }],
  ['14:30', { idle: 200 }],
  ['15:00', { user: 'skip' }],
  ['16:00', { user: 'stand' }],
  ['16:20', { user: 'sit' }],
  ['17:30', { idle: 0 }],
] as const;

/**
 * Typing all day, prompts left unanswered: with natural pauses on, a prompt is held every half hour (the
 * regular one, then an escalation each 30 min) and idle is sampled every 5–10 s for its 3 minutes.
 */
const typingDay = [
  ['09:00', { idle: 0 }],
  ['17:30', { idle: 0 }],
] as const;

/** The machine stays on, nobody touches it after 09:00 (screen lock off). */
const awayDay = [
  ['09:00', { idle: 0 }],
  ['17:30', { idle: 8.5 * 3600 }],
] as const;

/** Screen locked from 09:05 to 17:25. */
const lockedDay = [
  ['09:00', { idle: 0 }],
  ['09:05', { power: 'lock' }],
  ['17:25', { power: 'unlock' }],
  ['17:30', { idle: 0 }],
] as const;

/** Paused for the day at 09:00; the user works on. */
const pausedDay = [
  ['09:00', { idle: 0 }],
  ['09:01', { user: 'pause', minutes: 'tomorrow' }],
  ['17:30', { idle: 0 }],
] as const;

type Pattern = readonly (readonly [string, object])[];

function steps(pattern: Pattern, date = '2025-06-02'): ScenarioStep[] {
  const text = pattern.map(([time, body]) => JSON.stringify({ at: `${date}T${time}`, ...body })).join('\n');
  return parseScenario(text, TZ);
}

interface PollerTick {
  idleSec: number;
}

/** The poller's loop logic alone (for CPU): one tick per second, every second the machine is awake. */
function pollerTicks(list: ScenarioStep[]): PollerTick[] {
  const ticks: PollerTick[] = [];
  const first = list[0]?.at ?? 0;
  const last = list.at(-1)?.at ?? 0;
  for (let t = first; t < last; t += 1000) ticks.push({ idleSec: idleAt(list, t) });
  return ticks;
}

function runPoller(
  ticks: PollerTick[],
  settings: Settings,
): { prompts: number; sittingSec: number; tray: object } {
  const sitSec = scheduleOf(settings).sitMin * 60;
  const awaySec = settings.awayThresholdMin * 60;
  let counter = 0;
  let sittingSec = 0;
  let prompts = 0;
  let tray = { counter: 0, away: false };
  for (const tick of ticks) {
    const away = tick.idleSec >= awaySec;
    if (away) counter = 0;
    else {
      counter++;
      sittingSec++;
    }
    if (counter >= sitSec) {
      prompts++;
      counter = 0;
    }
    tray = { counter, away };
  }
  return { prompts, sittingSec, tray };
}

function record(list: ScenarioStep[]) {
  const inputs: EngineInput[] = [];
  let events: EngineEvent[] = [];
  const result = runScenario(list, { timeZone: TZ, onInput: (i) => inputs.push(i) });
  events = result.events;
  const hours = ((list.at(-1)?.at ?? 0) - (list[0]?.at ?? 0)) / H;
  return { inputs, events, hours };
}

function timeMs(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function median(values: number[]): number {
  const s = [...values].sort((x, y) => x - y);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}

function cpuMs(fn: () => void, repeat: number): number {
  fn(); // warm up
  const start = process.cpuUsage();
  for (let i = 0; i < repeat; i++) fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / repeat;
}

function engineCpuPerHour(inputs: EngineInput[], hours: number): number {
  return (
    cpuMs(() => {
      const engine = createEngine({ settings: defaultSettings, timeZone: TZ });
      for (const input of inputs) engine.handle(input);
    }, 200) / hours
  );
}

function pollerCpuPerHour(ticks: PollerTick[], hours: number): number {
  return cpuMs(() => runPoller(ticks, defaultSettings), 50) / hours;
}

/** A year of journal: the active day's events repeated on every date. */
function yearOfEvents(): EngineEvent[] {
  const out: EngineEvent[] = [];
  let date = '2025-01-06';
  const pattern: Pattern = [...activeDay, ['17:31', { power: 'suspend' }]];
  for (let d = 0; d < 365; d++) {
    out.push(...runScenario(steps(pattern, date), { timeZone: TZ }).events);
    date = addDays(date, 1);
  }
  return out;
}

interface PostureTotals {
  sitting: number;
  standing: number;
  moving: number;
}

/**
 * The baseline fold: one pass over the events, adding each present stretch to its posture's total per day.
 * It does less than foldDays (no bouts, natural breaks, away time or segments), so its time is a floor.
 */
function onePassFold(events: EngineEvent[]): Map<string, PostureTotals> {
  const days = new Map<string, PostureTotals>();
  let day: PostureTotals | null = null;
  let posture: keyof PostureTotals = 'sitting';
  let present = false;
  let from = 0;
  const count = (to: number) => {
    if (day && present && to > from) day[posture] += to - from;
    from = Math.max(from, to);
  };
  for (const e of events) {
    if (e.type === 'day') {
      count(e.at);
      day = days.get(e.date) ?? { sitting: 0, standing: 0, moving: 0 };
      days.set(e.date, day);
      posture = e.posture;
      present = e.presence === 'present';
      from = e.at;
    } else if (e.type === 'away') {
      count(e.since);
      present = false;
    } else if (e.type === 'present') {
      present = true;
      from = e.since;
    } else if (e.type === 'posture') {
      count(e.at);
      posture = e.posture;
    } else count(e.at);
  }
  return days;
}

const suite: BenchSuite = async () => {
  const rows: BenchRow[] = [];
  const base = { area: 'engine', baselineName: '1 s polling loop' };

  const active = steps(activeDay);
  const away = steps(awayDay);
  const a = record(active);
  const w = record(away);

  // Wake-ups: the whole app and a real 1 s poller on one fake clock (app-timers.ts).
  const poller = '1 s poller on the same clock';
  const activeCounts = await countWakeUps(active, TZ);
  const activeWakes = activeCounts.app.present / activeCounts.presentHours;
  const activeBaseline = activeCounts.poller.present / activeCounts.presentHours;
  rows.push({
    ...base,
    metric: 'wake-ups per present hour, all app timers (active day)',
    value: activeWakes,
    baseline: activeBaseline,
    baselineName: poller,
    unit: 'wake-ups/h',
    target: '<= 1/10 of baseline',
    met: activeWakes <= activeBaseline / 10,
  });
  const held = await countWakeUps(steps(typingDay), TZ, { naturalPauses: { enabled: true } });
  const heldWakes = held.app.present / held.presentHours;
  const heldBaseline = held.poller.present / held.presentHours;
  rows.push({
    ...base,
    metric: 'wake-ups per present hour, a prompt held for a pause in typing every half hour',
    value: heldWakes,
    baseline: heldBaseline,
    baselineName: poller,
    unit: 'wake-ups/h',
    target: '<= 1/10 of baseline',
    met: heldWakes <= heldBaseline / 10,
  });
  rows.push({
    ...base,
    metric: 'of which the tray ticker (active day)',
    value: activeCounts.tray.present / activeCounts.presentHours,
    baseline: Number.NaN,
    baselineName: '',
    unit: 'wake-ups/h',
    target: '',
    met: null,
  });
  for (const [name, pattern] of [
    ['away day, screen on', awayDay],
    ['locked day', lockedDay],
    ['paused day', pausedDay],
  ] as const) {
    const c = await countWakeUps(steps(pattern), TZ);
    rows.push({
      ...base,
      metric: `wake-ups per hour, all app timers (${name})`,
      value: c.app.all / c.hours,
      baseline: c.poller.all / c.hours,
      baselineName: poller,
      unit: 'wake-ups/h',
      target: '',
      met: null,
    });
  }

  const activeTicks = pollerTicks(active);
  const awayTicks = pollerTicks(away);
  const activeCpu = engineCpuPerHour(a.inputs, a.hours);
  rows.push({
    ...base,
    metric: 'CPU per simulated hour (active day)',
    value: activeCpu,
    baseline: pollerCpuPerHour(activeTicks, a.hours),
    baselineName: '1 s polling loop (loop logic only)',
    unit: 'ms',
    target: '< 1 ms',
    met: activeCpu < 1,
  });
  const awayCpu = engineCpuPerHour(w.inputs, w.hours);
  rows.push({
    ...base,
    metric: 'CPU per simulated hour (away day)',
    value: awayCpu,
    baseline: pollerCpuPerHour(awayTicks, w.hours),
    baselineName: '1 s polling loop (loop logic only)',
    unit: 'ms',
    target: '< 1 ms',
    met: awayCpu < 1,
  });
  rows.push({
    ...base,
    metric: 'journal lines per active day',
    value: a.events.length,
    baseline: Number.NaN,
    baselineName: '',
    unit: 'events',
    target: '<= a few hundred',
    met: a.events.length <= 300,
  });

  const year = yearOfEvents();
  const opts = { timeZone: TZ, dayStart: defaultSettings.dayStart };
  const days = foldDays(year, opts).length;
  const plainDays = onePassFold(year).size;
  if (days !== plainDays) throw new Error(`fold gave ${days} days, one-pass ${plainDays}`);
  // Interleaved runs after the warm-up above; the median of each.
  const foldRuns: number[] = [];
  const plainRuns: number[] = [];
  for (let i = 0; i < 7; i++) {
    foldRuns.push(timeMs(() => foldDays(year, opts)));
    plainRuns.push(timeMs(() => onePassFold(year)));
  }
  const foldMs = median(foldRuns);
  const plainMs = median(plainRuns);
  rows.push({
    area: 'engine',
    metric: `fold a year (${year.length} events) into day summaries`,
    value: foldMs,
    baseline: plainMs,
    baselineName: 'one pass, posture totals only',
    unit: 'ms',
    target: '< 300 ms',
    met: foldMs < 300,
  });
  return rows;
};

export default suite;
