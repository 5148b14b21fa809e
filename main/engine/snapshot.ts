/** The engine's state as the tray and the UI see it. */
import type { EngineSnapshot } from '../../shared/snapshot';
import { boutMsAt } from './bout';
import type { Ctx } from './context';
import { capReached, dueAt, promptsBlocked, snoozeMinutes } from './prompts';
import { HEADS_UP_MS } from './wake';

/** Skips of one kind in a row after which Today suggests a gentler schedule (the user decides). */
export const GENTLER_AFTER_SKIPS = 3;

export function buildSnapshot(ctx: Ctx, at: number): EngineSnapshot {
  const s = ctx.s;
  const p = s.prompt;
  let nextPrompt: EngineSnapshot['nextPrompt'] = null;
  if (p?.state === 'snoozed' && p.snoozedUntil !== null) {
    nextPrompt = { kind: p.kind, dueAt: p.snoozedUntil };
  } else if (!p && s.presence === 'present' && !promptsBlocked(ctx) && !capReached(ctx)) {
    const next = dueAt(ctx, at);
    if (next) nextPrompt = { kind: next.due.kind, dueAt: next.at };
  }
  const headsUp =
    ctx.settings.headsUp.enabled && nextPrompt !== null && !p && nextPrompt.dueAt - at <= HEADS_UP_MS
      ? nextPrompt
      : null;
  const active =
    p && (p.state === 'shown' || p.state === 'deferred')
      ? {
          id: p.id,
          kind: p.kind,
          state: p.state,
          dueAt: p.dueAt,
          snoozesLeft: p.snoozesLeft,
          catchUp: p.catchUp,
          routineId: p.routineId,
          heldFor: p.state === 'deferred' ? p.heldFor : null,
          beforeEventAt: p.beforeEventAt,
          snoozeMin: snoozeMinutes(ctx, p),
        }
      : null;
  const skipped = s.skippedInRow;
  return {
    at,
    presence: s.presence,
    awayReason: s.awayReason,
    posture: s.posture,
    boutStartedAt: s.presence === 'present' ? s.bout.startedAt : null,
    boutMin: Math.round(boutMsAt(s, at) / 6_000) / 10,
    nextPrompt,
    activePrompt: active,
    pausedUntil: s.pausedUntil,
    outsideWorkingHours: s.insideHours === false,
    snack: s.snack ? { startedAt: s.snack.startedAt, routineId: s.snack.routineId } : null,
    snoozedUntil:
      p?.state === 'snoozed' && p.snoozedUntil !== null ? { kind: p.kind, dueAgainAt: p.snoozedUntil } : null,
    askPosture: s.askPosture && s.presence === 'present',
    context: [...s.context],
    promptsToday: { count: s.promptsToday, cap: ctx.settings.promptCap },
    skippedInRow: skipped !== null && skipped.count >= GENTLER_AFTER_SKIPS ? { ...skipped } : null,
    headsUp,
  };
}
