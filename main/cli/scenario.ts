/**
 * Scenarios: JSON Lines of observations on simulated time, parsed and validated here, then run through
 * the real engine with its wake-ups honoured (see docs/engine.md, "Writing scenarios").
 *
 * Between lines the user is taken to be at the keyboard, except where an idle line says otherwise: an
 * idle line `{"at": T, "idle": N}` means "no input during the N seconds before T". Wake-ups the engine asks
 * for between lines are delivered as idle samples computed from that rule.
 */
import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import type { EngineEvent } from '../../shared/events';
import { foldDays } from '../../shared/fold';
import { defaultSettings, mergeSettings, type Settings, settingsPatchSchema } from '../../shared/settings';
import { type ContextReason, contextReasonSchema, type EngineSnapshot } from '../../shared/snapshot';
import type { DaySummary } from '../../shared/summary';
import { isTimeZone } from '../../shared/time';
import type { Engine, EngineConfig, EngineInput } from '../engine';
import { createEngine, restoreFromEvents } from '../engine';

export class ScenarioError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'ScenarioError';
  }
}

const isoPattern =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})?$/;

const when = z.string().regex(isoPattern, 'must be an ISO-8601 date-time such as 2025-06-02T09:00:00+02:00');

const lineSchema = z
  .strictObject({
    at: when,
    /** The wall clock's reading when it differs from `at` (a manual clock change); it persists. */
    wall: when.optional(),
    idle: z
      .number()
      .nonnegative()
      .max(366 * 86_400)
      .optional(),
    power: z.enum(['suspend', 'resume', 'lock', 'unlock']).optional(),
    user: z
      .enum(['stand', 'sit', 'snack-start', 'snack-done', 'snack-stop', 'snooze', 'skip', 'resume', 'pause'])
      .optional(),
    minutes: z
      .union([
        z
          .number()
          .int()
          .min(1)
          .max(24 * 60),
        z.literal('tomorrow'),
      ])
      .optional(),
    routineId: z.string().min(1).max(80).optional(),
    focus: z.enum(['meeting', 'none']).optional(),
    /** The moment's reasons that start (true) or end (false); the others stay as they were. */
    context: z
      .strictObject({
        call: z.boolean().optional(),
        dnd: z.boolean().optional(),
        fullscreen: z.boolean().optional(),
        app: z.boolean().optional(),
      })
      .optional(),
    /** The calendar's busy events (replaces the known ones). */
    calendar: z
      .array(z.strictObject({ start: when, end: when }))
      .max(2000)
      .optional(),
    settings: settingsPatchSchema.optional(),
    timeZone: z.string().min(1).max(80).optional(),
    /** The app quits here; the next line is the app starting again (restored from the events). */
    quit: z.literal(true).optional(),
    /** Nothing is heard from here to the next line (the machine slept without saying so). */
    silent: z.literal(true).optional(),
  })
  .superRefine((l, ctx) => {
    const kinds = (
      [
        'idle',
        'power',
        'user',
        'focus',
        'context',
        'calendar',
        'settings',
        'timeZone',
        'quit',
        'silent',
      ] as const
    ).filter((k) => l[k] !== undefined);
    if (kinds.length > 1)
      ctx.addIssue({ code: 'custom', message: `one of ${kinds.join(', ')} per line, not several` });
    if (kinds.length === 0 && l.wall === undefined) {
      ctx.addIssue({
        code: 'custom',
        message:
          'needs one of idle, power, user, focus, context, calendar, settings, timeZone, quit, silent, wall',
      });
    }
    if (l.user === 'pause' && l.minutes === undefined)
      ctx.addIssue({ code: 'custom', message: '"pause" needs "minutes"' });
    if (l.minutes !== undefined && l.user !== 'pause')
      ctx.addIssue({ code: 'custom', message: '"minutes" only goes with "user": "pause"' });
    if (l.routineId !== undefined && l.user !== 'snack-start' && l.user !== 'snack-done') {
      ctx.addIssue({ code: 'custom', message: '"routineId" only goes with snack-start or snack-done' });
    }
    if (l.timeZone !== undefined && !isTimeZone(l.timeZone))
      ctx.addIssue({ code: 'custom', message: `unknown time zone "${l.timeZone}"` });
  });

export type ScenarioStep =
  | { line: number; at: number; input: EngineInput }
  | { line: number; at: number; quit: boolean };

/** An ISO date-time as epoch ms; without an offset it is read in `timeZone`. */
export function parseInstant(text: string, timeZone: string): number {
  const m = isoPattern.exec(text);
  if (!m) throw new RangeError(`not an ISO-8601 date-time: "${text}"`);
  if (m[8] !== undefined) return Date.parse(text);
  const n = (i: number) => Number(m[i] ?? 0);
  const ms = Number((m[7] ?? '0').padEnd(3, '0'));
  return new TZDate(n(1), n(2) - 1, n(3), n(4), n(5), n(6), ms, timeZone).getTime();
}

/** Parses and checks a whole scenario; the first problem is reported with its line number. */
export function parseScenario(
  text: string,
  timeZone: string,
  base: Settings = defaultSettings,
): ScenarioStep[] {
  const steps: ScenarioStep[] = [];
  let settings = base;
  let prev = Number.NEGATIVE_INFINITY;
  let offset: number | undefined;
  let reasons: ContextReason[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = (lines[i] ?? '').trim();
    if (raw === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (err) {
      throw new ScenarioError(lineNo, `not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const parsed = lineSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `"${issue.path.join('.')}": ` : '';
      throw new ScenarioError(lineNo, `${where}${issue?.message ?? 'invalid line'}`);
    }
    const l = parsed.data;
    const at = parseInstant(l.at, timeZone);
    if (Number.isNaN(at)) throw new ScenarioError(lineNo, `"at" is not a real date-time: ${l.at}`);
    if (at < prev)
      throw new ScenarioError(lineNo, `time goes backwards (${l.at} is before the previous line)`);
    prev = at;
    if (l.wall !== undefined) offset = parseInstant(l.wall, timeZone) - at;
    const base = { at, ...(offset === undefined ? {} : { wall: at + offset }) };
    let input: EngineInput;
    if (l.quit || l.silent) {
      steps.push({ line: lineNo, at, quit: l.quit === true });
      continue;
    }
    if (l.idle !== undefined) input = { ...base, kind: 'idle', idleSec: l.idle };
    else if (l.power !== undefined) input = { ...base, kind: 'power', power: l.power };
    else if (l.focus !== undefined) input = { ...base, kind: 'focus', focus: l.focus };
    else if (l.context !== undefined) {
      const change = l.context;
      reasons = contextReasonSchema.options.filter((r) => change[r] ?? reasons.includes(r));
      input = { ...base, kind: 'context', reasons };
    } else if (l.calendar !== undefined) {
      const busy = l.calendar.map((b) => ({
        start: parseInstant(b.start, timeZone),
        end: parseInstant(b.end, timeZone),
      }));
      if (busy.some((b) => !(b.start < b.end)))
        throw new ScenarioError(lineNo, '"calendar": each event needs a start before its end');
      input = { ...base, kind: 'calendar', busy };
    } else if (l.timeZone !== undefined) input = { ...base, kind: 'zone', timeZone: l.timeZone };
    else if (l.settings !== undefined) {
      try {
        settings = mergeSettings(settings, l.settings);
      } catch (err) {
        throw new ScenarioError(
          lineNo,
          `settings break a rule: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
      input = { ...base, kind: 'settings', settings };
    } else if (l.user === 'pause') {
      input = { ...base, kind: 'user', action: { action: 'pause', minutes: l.minutes ?? 30 } };
    } else if (l.user === 'snack-start' || l.user === 'snack-done') {
      input = {
        ...base,
        kind: 'user',
        action: l.routineId === undefined ? { action: l.user } : { action: l.user, routineId: l.routineId },
      };
    } else if (l.user !== undefined) input = { ...base, kind: 'user', action: { action: l.user } };
    else input = { ...base, kind: 'tick' };
    steps.push({ line: lineNo, at, input });
  }
  return steps;
}

export interface RunOptions {
  timeZone: string;
  settings?: Settings;
  suggestRoutine?: EngineConfig['suggestRoutine'];
  /** Called with each batch of events as it is produced (e.g. to append them to a journal). */
  onEvents?: (events: EngineEvent[]) => void;
  /** Called with every input handed to the engine, wake-up samples included (the bench re-feeds them). */
  onInput?: (input: EngineInput) => void;
  /** Called after each scenario line with the engine (tests look at its state). */
  onLine?: (line: number, engine: Engine) => void;
}

export interface RunResult {
  events: EngineEvent[];
  days: DaySummary[];
  /** The snapshot after each scenario line, with the line number. */
  snapshots: { line: number; snapshot: EngineSnapshot }[];
  wakeUps: number;
}

/** Idle seconds at `at` by the scenario's rule (see the file comment). */
function idleAt(steps: ScenarioStep[], from: number, at: number): number {
  for (let i = from; i < steps.length; i++) {
    const s = steps[i];
    if (s && 'input' in s && s.input.kind === 'idle') {
      const stop = s.at - s.input.idleSec * 1000;
      return stop <= at ? (at - stop) / 1000 : 0;
    }
  }
  return 0;
}

export function runScenario(steps: ScenarioStep[], opts: RunOptions): RunResult {
  const settings = opts.settings ?? defaultSettings;
  const config: EngineConfig = { settings, timeZone: opts.timeZone, suggestRoutine: opts.suggestRoutine };
  let engine = createEngine(config);
  const events: EngineEvent[] = [];
  const snapshots: RunResult['snapshots'] = [];
  let wakeUps = 0;
  let asleep = false;
  let restartPending = false;
  let lastWall: number | undefined;
  const take = (batch: EngineEvent[]) => {
    if (batch.length === 0) return;
    events.push(...batch);
    opts.onEvents?.(batch);
  };
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (!step) continue;
    // Wake-ups the engine asked for before this line (none while the machine sleeps or the app is off).
    for (let wake = engine.wakeAt(); !asleep && wake !== null && wake < step.at; wake = engine.wakeAt()) {
      wakeUps++;
      const offset = lastWall;
      const sample: EngineInput = { at: wake, kind: 'idle', idleSec: idleAt(steps, i, wake) };
      const input = offset === undefined ? sample : { ...sample, wall: wake + offset };
      opts.onInput?.(input);
      take(engine.handle(input).events);
    }
    if (restartPending) {
      engine = createEngine(config, restoreFromEvents(events, config));
      restartPending = false;
    }
    if ('quit' in step) {
      if (step.quit) take(engine.handle({ at: step.at, kind: 'stop' }).events);
      asleep = true;
      restartPending = step.quit;
      continue;
    }
    const input = step.input;
    if (input.wall !== undefined) lastWall = input.wall - input.at;
    asleep = input.kind === 'power' && input.power === 'suspend';
    try {
      opts.onInput?.(input);
      const out = engine.handle(input);
      take(out.events);
      snapshots.push({ line: step.line, snapshot: out.snapshot });
      opts.onLine?.(step.line, engine);
    } catch (err) {
      throw new ScenarioError(step.line, err instanceof Error ? err.message : String(err));
    }
    if (input.kind === 'settings') config.settings = input.settings;
  }
  const last = steps[steps.length - 1];
  if (last && !('quit' in last && last.quit)) take(engine.handle({ at: last.at, kind: 'stop' }).events);
  const dayStart = config.settings.dayStart;
  return { events, days: foldDays(events, { timeZone: opts.timeZone, dayStart }), snapshots, wakeUps };
}
