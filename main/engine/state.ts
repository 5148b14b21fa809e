/**
 * The engine's reducer: every state change is an event, and this is the one place an event changes the
 * state (prompt events go through the prompt table, prompt-table.ts). The live engine applies what it
 * emits; a restart replays the journal through the same function, so a restored engine continues the bout
 * exactly where the events left it.
 */
import type { EngineEvent } from '../../shared/events';
import type { Settings } from '../../shared/settings';
import { dayBounds } from '../../shared/time';
import { freshBoutPrompts } from './bout';
import { applyPromptEvent } from './prompt-table';
import type { EngineState } from './types';

export function initialState(timeZone: string): EngineState {
  return {
    timeZone,
    wallOffsetMs: 0,
    date: null,
    dayEnd: Number.POSITIVE_INFINITY,
    lastEventAt: 0,
    lastMark: 0,
    presence: 'present',
    awayReason: null,
    awaySince: null,
    breakCounted: false,
    posture: 'sitting',
    bout: { startedAt: null, accMs: 0, openSince: null, prompts: freshBoutPrompts() },
    snack: null,
    prompt: null,
    pausedUntil: null,
    insideHours: null,
    focus: 'none',
    context: [],
    promptsToday: 0,
    skippedInRow: null,
    askPosture: false,
  };
}

/** End of the current day as a monotonic instant (the wall clock may be offset from `at`). */
export function computeDayEnd(s: EngineState, settings: Settings): number {
  if (s.date === null) return Number.POSITIVE_INFINITY;
  return dayBounds(s.date, { timeZone: s.timeZone, dayStart: settings.dayStart }).end - s.wallOffsetMs;
}

function newBout(s: EngineState, at: number): void {
  s.bout = {
    startedAt: s.presence === 'present' ? at : null,
    accMs: 0,
    openSince: s.presence === 'present' ? at : null,
    prompts: freshBoutPrompts(),
  };
}

export function applyEvent(s: EngineState, e: EngineEvent, settings: Settings): void {
  if (applyPromptEvent(s, e, settings)) {
    if (e.at > s.lastEventAt) s.lastEventAt = e.at;
    return;
  }
  switch (e.type) {
    case 'day':
      // An away the engine starts in is not a break from anything.
      if (s.date === null && e.presence === 'away') s.breakCounted = true;
      if (e.date !== s.date) s.promptsToday = 0;
      s.date = e.date;
      s.timeZone = e.timeZone;
      s.wallOffsetMs = e.wallOffsetMs ?? 0;
      s.posture = e.posture;
      s.presence = e.presence;
      s.awayReason = e.awayReason;
      if (e.presence === 'away' && s.awaySince === null) s.awaySince = e.at;
      if (s.bout.startedAt === null && e.presence === 'present') newBout(s, e.at);
      s.dayEnd = computeDayEnd(s, settings);
      s.lastMark = e.at;
      break;
    case 'away':
      if (s.presence === 'present') {
        const b = s.bout;
        if (b.openSince !== null) b.accMs += Math.max(0, e.since - b.openSince);
        b.openSince = null;
        s.presence = 'away';
        s.awaySince = e.since;
        s.breakCounted = false;
        s.lastMark = e.since;
      }
      s.awayReason = e.reason;
      break;
    case 'natural-break':
      s.breakCounted = true;
      s.bout = { startedAt: null, accMs: 0, openSince: null, prompts: freshBoutPrompts() };
      break;
    case 'present':
      // Back from a natural break: the posture is worth asking about.
      if (s.breakCounted) s.askPosture = true;
      s.presence = 'present';
      s.awayReason = null;
      s.awaySince = null;
      s.bout.openSince = e.since;
      if (s.bout.startedAt === null) s.bout.startedAt = e.since;
      s.lastMark = e.since;
      break;
    case 'posture':
      if (e.cause === 'user') s.askPosture = false;
      s.posture = e.posture;
      newBout(s, e.at);
      s.lastMark = e.at;
      break;
    case 'snack-start':
      s.snack = {
        startedAt: e.at,
        promptId: e.promptId,
        routineId: e.routineId,
        catchUp: e.catchUp,
        returnTo: e.returnTo,
        askPosture: e.askPosture ?? false,
      };
      s.askPosture = false;
      break;
    case 'snack-end':
      if (s.snack?.askPosture) s.askPosture = true;
      s.snack = null;
      break;
    case 'posture-confirmed':
      s.askPosture = false;
      break;
    case 'context':
      s.context = [...e.reasons];
      break;
    case 'pause':
      s.pausedUntil = e.until;
      break;
    case 'resume':
      s.pausedUntil = null;
      break;
    case 'hours':
      s.insideHours = e.inside;
      break;
    case 'focus':
      s.focus = e.focus;
      break;
    case 'clock':
      s.wallOffsetMs = e.wallOffsetMs;
      s.dayEnd = computeDayEnd(s, settings);
      break;
    case 'zone':
      s.timeZone = e.timeZone;
      s.dayEnd = computeDayEnd(s, settings);
      break;
    case 'settings':
      // The day start may have moved; a new schedule starts the skip count afresh.
      s.dayEnd = computeDayEnd(s, settings);
      if (e.changed.includes('schedule')) s.skippedInRow = null;
      break;
    case 'observed':
      break;
  }
  if (e.at > s.lastEventAt) s.lastEventAt = e.at;
}
