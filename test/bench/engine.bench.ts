/**
 * Engine wake-ups and CPU time per simulated hour, beside a 1-second polling loop doing the same job
 * (how Stretchly, BreakTimer and Workrave track activity: a timer fires every second, reads the idle
 * time, adds a second to the sitting counter or resets it after a long idle stretch, prompts when the
 * counter reaches the sit length, and refreshes the tray state).
 */
import { parseScenario, runScenario, type ScenarioStep } from '../../main/cli/scenario';
import { createEngine, type EngineInput } from '../../main/engine';
import type { EngineEvent } from '../../shared/events';
import { foldDays } from '../../shared/fold';
import { defaultSettings, type Settings, scheduleOf } from '../../shared/settings';
import { addDays, dayBounds } from '../../shared/time';
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

/** Idle seconds at `at` by the scenario rule (at the keyboard unless an idle line says otherwise). */
function idleAt(list: ScenarioStep[], at: number): number {
  for (const s of list) {
    if (s.at >= at && 'input' in s && s.input.kind === 'idle') {
      const stop = s.at - s.input.idleSec * 1000;
      return stop <= at ? (at - stop) / 1000 : 0;
    }
  }
  return 0;
}

interface PollerTick {
  idleSec: number;
}

/** The baseline: one tick per second, every second the machine is awake. */
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
  const wakeUps = result.wakeUps;
  const hours = ((list.at(-1)?.at ?? 0) - (list[0]?.at ?? 0)) / H;
  const day = result.days[0];
  const presentHours = day ? (day.sittingMin + day.standingMin + day.movingMin) / 60 : 0;
  return { inputs, events, wakeUps, hours, presentHours };
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

/** The naive fold: for each day, filter the whole journal by the day's bounds, then fold that slice. */
function naiveFold(events: EngineEvent[], opts: { timeZone: string; dayStart: string }): number {
  const dates = new Set<string>();
  for (const e of events) if (e.type === 'day') dates.add(e.date);
  let n = 0;
  for (const date of dates) {
    const { start, end } = dayBounds(date, opts);
    n += foldDays(
      events.filter((e) => e.at >= start && e.at < end),
      opts,
    ).length;
  }
  return n;
}

const suite: BenchSuite = async () => {
  const rows: BenchRow[] = [];
  const base = { area: 'engine', baselineName: '1 s polling loop' };

  const active = steps(activeDay);
  const away = steps(awayDay);
  const paused = steps(pausedDay);
  const a = record(active);
  const w = record(away);
  const p = record(paused);
  const l = record(steps(lockedDay));

  const activeWakes = a.wakeUps / a.presentHours;
  rows.push({
    ...base,
    metric: 'wake-ups per present hour (active day)',
    value: activeWakes,
    baseline: 3600,
    unit: 'wake-ups/h',
    target: '<= 1/10 of baseline',
    met: activeWakes <= 360,
  });
  rows.push({
    ...base,
    metric: 'wake-ups per hour (away day, screen on)',
    value: w.wakeUps / w.hours,
    baseline: 3600,
    unit: 'wake-ups/h',
    target: '',
    met: null,
  });
  rows.push({
    ...base,
    metric: 'wake-ups per hour (locked day)',
    value: l.wakeUps / l.hours,
    baseline: 3600,
    unit: 'wake-ups/h',
    target: '',
    met: null,
  });
  rows.push({
    ...base,
    metric: 'wake-ups per hour (paused day)',
    value: p.wakeUps / p.hours,
    baseline: 3600,
    unit: 'wake-ups/h',
    target: '',
    met: null,
  });

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
  const t0 = performance.now();
  const days = foldDays(year, opts);
  const foldMs = performance.now() - t0;
  const t1 = performance.now();
  const naiveDays = naiveFold(year, opts);
  const naiveMs = performance.now() - t1;
  if (days.length !== naiveDays) throw new Error(`fold gave ${days.length} days, naive ${naiveDays}`);
  rows.push({
    area: 'engine',
    metric: `fold a year (${year.length} events) into day summaries`,
    value: foldMs,
    baseline: naiveMs,
    baselineName: 'filter the journal per day, fold each',
    unit: 'ms',
    target: '< 300 ms',
    met: foldMs < 300,
  });
  return rows;
};

export default suite;
