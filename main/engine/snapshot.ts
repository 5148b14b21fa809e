/** The engine's state as the tray and the UI see it. */
import type { EngineSnapshot } from '../../shared/snapshot';
import { boutMsAt } from './bout';
import type { Ctx } from './context';
import { promptsBlocked } from './prompts';
import { dueInstant, nextDue } from './schedule';

export function buildSnapshot(ctx: Ctx, at: number): EngineSnapshot {
  const s = ctx.s;
  const p = s.prompt;
  let nextPrompt: EngineSnapshot['nextPrompt'] = null;
  if (p?.state === 'snoozed' && p.snoozedUntil !== null) {
    nextPrompt = { kind: p.kind, dueAt: p.snoozedUntil };
  } else if (!p && s.presence === 'present' && !promptsBlocked(ctx)) {
    const due = nextDue(s, ctx.settings);
    if (due) nextPrompt = { kind: due.kind, dueAt: dueInstant(s, due, at) };
  }
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
        }
      : null;
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
  };
}
