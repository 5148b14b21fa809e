/**
 * The engine: a pure, clock-driven state machine. Each input is an observation at a time; the answer is
 * the events it caused, a snapshot, and when to be woken next. No timers, no I/O, no reading of the
 * clock: time only ever comes in through `input.at`.
 */
import { userActionSchema } from '../../shared/ipc';
import { settingsSchema } from '../../shared/settings';
import { isTimeZone } from '../../shared/time';
import { applyWall, applyZone, crossDays, openFirstDay, refreshDayEnd, updateHours } from './clock';
import { type Ctx, emit, minutes, thresholdMs } from './context';
import { endSnack, snackEndsAt } from './posture';
import { observePresence, qualifyBreak } from './presence';
import { evaluatePrompts, userAction } from './prompts';
import { buildSnapshot } from './snapshot';
import { initialState } from './state';
import type { Engine, EngineConfig, EngineInput, EngineState, EngineStep } from './types';
import { computeWake } from './wake';

/** While present, a checkpoint is written at least this often (a crash loses at most this much). */
export const CHECKPOINT_MS = minutes(5);

function validate(input: EngineInput, s: EngineState): void {
  if (!Number.isSafeInteger(input.at) || input.at < 0) {
    throw new RangeError(`input time must be a whole number of ms since 1970, got ${input.at}`);
  }
  if (s.lastObsAt !== null && input.at < s.lastObsAt) {
    throw new RangeError(`input time ${input.at} is before the previous input (${s.lastObsAt})`);
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
  emit(ctx, { type: 'settings', at, changed });
  refreshDayEnd(ctx);
  crossDays(ctx, at);
  if (changed.includes('schedule') && ctx.s.prompt) {
    emit(ctx, { type: 'prompt-cleared', at, id: ctx.s.prompt.id, reason: 'settings' });
  }
}

export function createEngine(config: EngineConfig, restored?: EngineState): Engine {
  let settings = config.settings;
  const suggest = config.suggestRoutine ?? (() => null);
  const s: EngineState = restored ? structuredClone(restored) : initialState(config.timeZone);
  if (!isTimeZone(config.timeZone)) throw new RangeError(`unknown time zone "${config.timeZone}"`);
  let pendingZone = restored && restored.timeZone !== config.timeZone ? config.timeZone : null;
  let lastAt = s.lastObsAt ?? 0;
  let wakeAt: number | null = null;

  function handle(input: EngineInput): EngineStep {
    validate(input, s);
    const ctx: Ctx = { s, settings, suggest, out: [] };
    const t = input.at;
    if (s.date === null) {
      if (input.kind === 'idle' && input.idleSec * 1000 >= thresholdMs(ctx)) {
        s.presence = 'away';
        s.awayReason = 'idle';
      } else if (input.kind === 'power' && (input.power === 'lock' || input.power === 'suspend')) {
        s.presence = 'away';
        s.awayReason = input.power;
      }
      openFirstDay(ctx, t, input.wall);
    }
    if (pendingZone !== null) {
      applyZone(ctx, t, pendingZone);
      pendingZone = null;
    }
    if (input.kind === 'idle') s.lastInputStop = t - input.idleSec * 1000;
    runTimed(ctx, t);
    if (input.kind === 'power' && input.power === 'suspend') endSnack(ctx, 'interrupted', t);
    observePresence(ctx, input);
    crossDays(ctx, t);
    qualifyBreak(ctx, t);
    applyWall(ctx, t, input.wall);
    switch (input.kind) {
      case 'zone':
        applyZone(ctx, t, input.timeZone);
        break;
      case 'user':
        userAction(ctx, input.action, t);
        break;
      case 'focus':
        if (input.focus !== s.focus) emit(ctx, { type: 'focus', at: t, focus: input.focus });
        break;
      case 'settings':
        applySettings(ctx, input.settings, t);
        settings = ctx.settings;
        break;
      default:
        break;
    }
    updateHours(ctx, t);
    evaluatePrompts(ctx, t);
    if (input.kind === 'stop') emit(ctx, { type: 'observed', at: t, final: true });
    else if (s.presence === 'present' && t - s.lastEventAt >= CHECKPOINT_MS) {
      emit(ctx, { type: 'observed', at: t, final: false });
    }
    s.lastObsAt = t;
    lastAt = t;
    wakeAt = input.kind === 'stop' ? null : computeWake(ctx, t);
    return { events: ctx.out, snapshot: buildSnapshot(ctx, t), wakeAt };
  }

  return {
    handle,
    snapshot: () => buildSnapshot({ s, settings, suggest, out: [] }, lastAt),
    state: () => structuredClone(s),
    wakeAt: () => wakeAt,
  };
}
