/**
 * Which prompt comes next in the current bout, as a bout length. Bouts count present time only, so a
 * short away stretch pauses the clock and a natural break restarts it.
 *
 * Sitting: the regular prompt at the preset's sit length (stand, or move when there is no standing bout),
 * then escalations: the first one past 60 min (at least 10 min after the regular prompt, never later
 * than 120 min), then every 30 min, never sooner than 10 min after the last prompt shown or answered.
 * Standing: the regular "sit" prompt at the stand length, and a "shift" prompt after every 15 min of
 * standing still (counted from the bout start or the last prompt).
 */
import { type Schedule, type Settings, scheduleOf } from '../../shared/settings';
import type { PromptKind } from '../../shared/snapshot';
import { boutMsAt } from './bout';
import { minutes } from './context';
import type { EngineState } from './types';

export const ESCALATE_FROM_MIN = 60;
export const ESCALATE_BY_MIN = 120;
export const ESCALATE_EVERY_MIN = 30;
export const MIN_NAG_GAP_MIN = 10;
export const SHIFT_AFTER_MIN = 15;

export interface Due {
  kind: PromptKind;
  /** Bout length at which the prompt is due. */
  boutMs: number;
}

/** Bout length of the first escalation for a sit length. */
export function firstEscalationMin(sched: Schedule): number {
  return Math.min(ESCALATE_BY_MIN, Math.max(ESCALATE_FROM_MIN, sched.sitMin + MIN_NAG_GAP_MIN));
}

/** A sit length so long that its regular prompt already is the escalation (keeps the 2 h cap). */
function regularSitKind(sched: Schedule): PromptKind {
  if (sched.sitMin + MIN_NAG_GAP_MIN > ESCALATE_BY_MIN) return 'escalate';
  return sched.standMin > 0 ? 'stand' : 'move';
}

export function nextDue(s: EngineState, settings: Settings): Due | null {
  if (s.snack !== null) return null;
  const sched = scheduleOf(settings);
  const p = s.bout.prompts;
  const sinceNag = (gapMin: number) => (p.lastNagMs ?? 0) + minutes(gapMin);
  if (s.posture === 'sitting') {
    if (!p.regularFired) return { kind: regularSitKind(sched), boutMs: minutes(sched.sitMin) };
    const esc =
      p.escalations === 0 || p.lastEscMs === null
        ? minutes(firstEscalationMin(sched))
        : p.lastEscMs + minutes(ESCALATE_EVERY_MIN);
    return { kind: 'escalate', boutMs: Math.max(esc, sinceNag(MIN_NAG_GAP_MIN)) };
  }
  if (s.posture === 'standing') {
    const shift = sinceNag(SHIFT_AFTER_MIN);
    if (sched.standMin > 0 && !p.regularFired) {
      const regular = minutes(sched.standMin);
      return shift < regular ? { kind: 'shift', boutMs: shift } : { kind: 'sit', boutMs: regular };
    }
    return { kind: 'shift', boutMs: shift };
  }
  return null;
}

/** When `due` falls, assuming the user stays present (epoch ms). */
export function dueInstant(s: EngineState, due: Due, at: number): number {
  return at + Math.max(0, due.boutMs - boutMsAt(s, at));
}
