/**
 * The engine: a pure, clock-driven state machine. Each input is an observation at a time; the answer is
 * the events it caused, a snapshot, and when to be woken next. No timers, no I/O, no reading of the
 * clock: time only ever comes in through `input.at`.
 */
import { z } from 'zod';
import { userActionSchema } from '../../shared/ipc';
import { settingsSchema } from '../../shared/settings';
import { contextReasonSchema } from '../../shared/snapshot';
import { isTimeZone } from '../../shared/time';
import { type Ctx, emit, minutes, thresholdMs } from './context';
import { applyWall, applyZone, crossDays, openFirstDay, updateHours } from './days-and-hours';
import { endSnack, snackEndsAt } from './posture';
import { observeGap, observePresence, qualifyBreak } from './presence';
import { clearPrompt } from './prompt-lifecycle';
import { evaluatePrompts, userAction } from './prompts';
import { observationsOf } from './restore';
import { buildSnapshot } from './snapshot';
import { initialState } from './state';
import type { Engine, EngineConfig, EngineInput, EngineState, EngineStep } from './types';
import { computeWake } from './wake';

/** While present, a checkpoint is written at least this often (a crash loses at most this much). */
export const CHECKPOINT_MS = minutes(5);

function validate(input: EngineInput, lastObsAt: number | null): void {
  if (!Number.isSafeInteger(input.at) || input.at < 0) {
    throw new RangeError(`input time must be a whole number of ms since 1970, got ${input.at}`);
  }
  if (lastObsAt !== null && input.at < lastObsAt) {
    throw new RangeError(`input time ${input.at} is before the previous input (${lastObsAt})`);
  }
  if (input.wall !== undefined && !Number.isSafeInteger(input.wall)) {
    throw new RangeError(`wall time must be a whole number of ms, got ${input.wall}`);
  }
  if (input.kind === 'idle' && !(Number.isFinite(input.idleSec) && input.idleSec >= 0)) {
    throw new RangeError(`idle seconds must be a number >= 0, got ${input.idleSec}`);
  }
  if (input.kind === 'user') userActionSchema.parse(input.action);
  if (input.kind === 'settings') settingsSchema.parse(input.settings);
  if (input.kind === 'zone' && !isTimeZone(input.timeZone)) {
    throw new RangeError(`unknown time zone "${input.timeZone}"`);
  }
  if (input.kind === 'context') contextInputSchema.parse(input.reasons);
  if (input.kind === 'calendar') {
    if (input.busy.length > MAX_BUSY)
      throw new RangeError(`at most ${MAX_BUSY} busy events, got ${input.busy.length}`);
    for (const b of input.busy) {
      if (!Number.isSafeInteger(b.start) || !Number.isSafeInteger(b.end) || b.end <= b.start) {
        throw new RangeError(`a busy event needs whole-ms start < end, got ${b.start}..${b.end}`);
      }
    }
  }
}

const contextInputSchema = z.array(contextReasonSchema).max(4);
/** More busy events than a fortnight of back-to-back meetings is not a calendar. */
const MAX_BUSY = 2000;

/** The moment's reasons as a sorted set, so the same set is never recorded twice. */
function sameReasons(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

/** The very first input opens the first day, away when that input already says so. */
function openDay(ctx: Ctx, input: EngineInput): void {
  if (ctx.s.date !== null) return;
  let start: Parameters<typeof openFirstDay>[3] = { presence: 'present', awayReason: null };
  if (input.kind === 'idle' && input.idleSec * 1000 >= thresholdMs(ctx)) {
    start = { presence: 'away', awayReason: 'idle' };
  } else if (input.kind === 'power' && (input.power === 'lock' || input.power === 'suspend')) {
    start = { presence: 'away', awayReason: input.power };
  }
  openFirstDay(ctx, input.at, input.wall, start);
}

/** Things that happen by time alone between the previous input and `t`, in order. */
function runTimed(ctx: Ctx, t: number): void {
  for (;;) {
    const cap = snackEndsAt(ctx);
    const pause = ctx.s.pausedUntil;
    const capDue = cap !== null && cap <= t;
    const pauseDue = pause !== null && pause <= t;
    if (!capDue && !pauseDue) return;
    if (capDue && (!pauseDue || cap <= pause)) {
      crossDays(ctx, cap);
      endSnack(ctx, 'timeout', cap);
    } else if (pause !== null) {
      crossDays(ctx, pause);
      emit(ctx, { type: 'resume', at: pause, reason: 'expired' });
    }
  }
}

function applySettings(ctx: Ctx, next: EngineConfig['settings'], at: number): void {
  const before = new Map<string, unknown>(Object.entries(ctx.settings));
  const changed = Object.entries(next)
    .filter(([k, v]) => JSON.stringify(before.get(k)) !== JSON.stringify(v))
    .map(([k]) => k);
  if (changed.length === 0) return;
  ctx.settings = next;
  emit(ctx, {
    type: 'settings',
    at,
    changed,
    ...(changed.includes('dayStart') ? { dayStart: next.dayStart } : {}),
  });
  crossDays(ctx, at);
  if (changed.includes('schedule')) clearPrompt(ctx, 'settings', at);
}

/** What the input itself says, after presence and time are up to date. */
function applyInput(ctx: Ctx, input: EngineInput): void {
  const t = input.at;
  switch (input.kind) {
    case 'zone':
      applyZone(ctx, t, input.timeZone);
      return;
    case 'user':
      userAction(ctx, input.action, t);
      return;
    case 'focus':
      if (input.focus !== ctx.s.focus) emit(ctx, { type: 'focus', at: t, focus: input.focus });
      return;
    case 'context': {
      const reasons = contextReasonSchema.options.filter((r) => input.reasons.includes(r));
      if (!sameReasons(reasons, ctx.s.context)) emit(ctx, { type: 'context', at: t, reasons });
      return;
    }
    case 'calendar':
      ctx.obs.busy = [...input.busy].sort((a, b) => a.start - b.start);
      return;
    case 'settings':
      applySettings(ctx, input.settings, t);
      return;
    default:
      return;
  }
}

function checkpoint(ctx: Ctx, input: EngineInput): void {
  const t = input.at;
  if (input.kind === 'stop') emit(ctx, { type: 'observed', at: t, final: true });
  else if (ctx.s.presence === 'present' && t - ctx.s.lastEventAt >= CHECKPOINT_MS) {
    emit(ctx, { type: 'observed', at: t, final: false });
  }
}

type Step = (ctx: Ctx, input: EngineInput) => void;

/**
 * The order of one `handle` call, written once. Each step sees the state the previous ones left: time
 * passes first (what happened by time alone, then presence as the input shows it, then the day boundary),
 * then the input itself, then working hours and prompts, which depend on all of that.
 */
const STEPS: readonly Step[] = [
  openDay,
  /** When input last stopped, before anything asks (a snack ending on its own looks at it). */
  (ctx, i) => {
    if (i.kind === 'idle') ctx.obs.lastInputStop = i.at - i.idleSec * 1000;
  },
  /**
   * A silence (the app was off) began before anything that happened by time alone in it: a pause ending
   * at the day start must not make the old day look watched until then.
   */
  (ctx, i) => observeGap(ctx, i.at),
  /** Snack caps and pause ends that fell between the previous input and this one. */
  (ctx, i) => runTimed(ctx, i.at),
  /** A sleeping machine says nothing about moving. */
  (ctx, i) => {
    if (i.kind === 'power' && i.power === 'suspend') endSnack(ctx, 'interrupted', i.at);
  },
  /** Presence: a gap of silence, idle, power, any user input. */
  observePresence,
  (ctx, i) => crossDays(ctx, i.at),
  /** An away stretch that has lasted the threshold is a natural break. */
  (ctx, i) => qualifyBreak(ctx, i.at),
  /**
   * A restored engine in another time zone records the change once the time the app was off has been
   * accounted in the zone it passed in (a day that ended meanwhile ends there), as a live zone input is.
   */
  (ctx, i) => {
    if (ctx.obs.pendingZone === null) return;
    applyZone(ctx, i.at, ctx.obs.pendingZone);
    ctx.obs.pendingZone = null;
  },
  (ctx, i) => applyWall(ctx, i.at, i.wall),
  applyInput,
  (ctx, i) => updateHours(ctx, i.at),
  (ctx, i) => evaluatePrompts(ctx, i.at),
  checkpoint,
];

export function createEngine(config: EngineConfig, restored?: EngineState): Engine {
  let settings = config.settings;
  const suggest = config.suggestRoutine ?? (() => null);
  const s: EngineState = restored ? structuredClone(restored) : initialState(config.timeZone);
  if (!isTimeZone(config.timeZone)) throw new RangeError(`unknown time zone "${config.timeZone}"`);
  const obs = observationsOf(s);
  if (restored && restored.timeZone !== config.timeZone) obs.pendingZone = config.timeZone;
  let lastAt = obs.lastObsAt ?? 0;
  let wakeAt: number | null = null;

  function handle(input: EngineInput): EngineStep {
    validate(input, obs.lastObsAt);
    const ctx: Ctx = { s, obs, settings, suggest, out: [] };
    const t = input.at;
    for (const step of STEPS) step(ctx, input);
    settings = ctx.settings;
    obs.lastObsAt = t;
    lastAt = t;
    wakeAt = input.kind === 'stop' ? null : computeWake(ctx, t);
    return { events: ctx.out, snapshot: buildSnapshot(ctx, t), wakeAt };
  }

  return {
    handle,
    snapshot: () => buildSnapshot({ s, obs, settings, suggest, out: [] }, lastAt),
    state: () => structuredClone(s),
    wakeAt: () => wakeAt,
  };
}
