/**
 * The pacing state: a fold of pacing and check-in records in journal order. The services refuse bad
 * requests before anything is written, so the fold only meets a record that does not fit (a hand-edited
 * or partly restored journal) by mistake; it then skips it and lists it in `problems`, never guessing.
 */
import type { Checkin } from './checkin';
import type { FlarePeriod } from './flare';
import type { Goal } from './goal';
import type { PacingRecord } from './records';
import type { Session } from './session';

export interface PlateauNote {
  /** Week of the check-in that showed it. */
  week: string;
  /** Week of the first check-in of the plateau's run. */
  from: string;
  /** Local date it was shown. */
  date: string;
  dismissed: boolean;
}

export interface PacingState {
  /** Goals in the plan, in creation order. */
  goals: Goal[];
  /** Goals that were deleted (their sessions stay in `sessions`). */
  deleted: { goalId: string; name: string; date: string }[];
  /** Sessions by goal id, in logging order. */
  sessions: Map<string, Session[]>;
  /** Every session id seen, so a repeated id is caught without scanning. */
  sessionIds: Set<string>;
  flares: FlarePeriod[];
  /** The open flare, if any. */
  activeFlare: FlarePeriod | null;
  /** One per week, in order. */
  checkins: Checkin[];
  /** When urgent-care guidance was shown (epoch ms). */
  guidanceShown: number[];
  /** Red-flag questions answered "yes" that the user kept for their report, by date. */
  redFlagReports: { date: string; at: number; flags: string[] }[];
  /** Plateau notes, in order; `dismissed` once the user put the note away. */
  plateauNotes: PlateauNote[];
  /** Local dates the user reviewed the plan. */
  reviews: string[];
  /** Records that could not be applied, with why. */
  problems: string[];
}

export function emptyPacingState(): PacingState {
  return {
    goals: [],
    deleted: [],
    sessions: new Map(),
    sessionIds: new Set(),
    flares: [],
    activeFlare: null,
    checkins: [],
    guidanceShown: [],
    redFlagReports: [],
    plateauNotes: [],
    reviews: [],
    problems: [],
  };
}

/** Applies one record to the state in place; a record that does not fit is listed in `problems`. */
export function applyPacingRecord(state: PacingState, r: PacingRecord): void {
  const problem = apply(state, r);
  if (problem !== null) state.problems.push(`${r.type} at ${r.at}: ${problem}`);
}

/** Returns why the record could not be applied, or null. */
function apply(state: PacingState, r: PacingRecord): string | null {
  const goalIndex = 'goalId' in r ? state.goals.findIndex((g) => g.id === r.goalId) : -1;
  const goal = state.goals[goalIndex];
  switch (r.type) {
    case 'pacing.goal-created': {
      if (goal || state.deleted.some((d) => d.goalId === r.goalId)) return 'goal id used before';
      const ids = r.sessions.map((s) => s.sessionId);
      if (new Set(ids).size !== ids.length || ids.some((id) => state.sessionIds.has(id))) {
        return 'session id used before';
      }
      for (const id of ids) state.sessionIds.add(id);
      state.goals.push({
        ...r.fields,
        id: r.goalId,
        createdDate: r.date,
        baselineOverride: null,
        holdWeeks: [],
      });
      state.sessions.set(
        r.goalId,
        r.sessions.map(({ sessionId, ...s }) => ({ ...s, id: sessionId, goalId: r.goalId, at: r.at })),
      );
      return null;
    }
    case 'pacing.goal-edited':
      if (!goal) return 'no such goal';
      state.goals[goalIndex] = { ...goal, ...r.fields };
      return null;
    case 'pacing.baseline-set':
      if (!goal) return 'no such goal';
      goal.baselineOverride = r.value === null ? null : { value: r.value, date: r.date };
      return null;
    case 'pacing.hold-week':
      if (!goal) return 'no such goal';
      goal.holdWeeks = goal.holdWeeks.filter((w) => w !== r.week);
      if (r.hold) goal.holdWeeks.push(r.week);
      return null;
    case 'pacing.goal-deleted':
      if (!goal) return 'no such goal';
      state.goals.splice(goalIndex, 1);
      state.deleted.push({ goalId: goal.id, name: goal.name, date: r.date });
      return null;
    case 'pacing.session-logged': {
      if (!goal) return 'no such goal';
      const list = state.sessions.get(r.goalId) ?? [];
      if (state.sessionIds.has(r.sessionId)) return 'session id used before';
      state.sessionIds.add(r.sessionId);
      const { sessionId, goalId, date, at, minutes, before, after, note } = r;
      list.push({ id: sessionId, goalId, date, at, minutes, before, after, note });
      state.sessions.set(r.goalId, list);
      return null;
    }
    case 'pacing.flare-entered': {
      if (state.activeFlare) return 'flare mode is already on';
      const period: FlarePeriod = { entered: r.date, left: null, sharePct: r.sharePct, returnDays: 0 };
      state.flares.push(period);
      state.activeFlare = period;
      return null;
    }
    case 'pacing.flare-left': {
      const open = state.activeFlare;
      if (!open) return 'flare mode is not on';
      if (r.date < open.entered) return 'left before it was entered';
      open.left = r.date;
      open.returnDays = r.returnDays;
      state.activeFlare = null;
      return null;
    }
    case 'checkin.submitted':
      if (state.checkins.some((c) => c.week === r.week)) return 'this week already has a check-in';
      state.checkins.push({ ...r.answers, week: r.week, date: r.date, at: r.at });
      return null;
    case 'checkin.guidance-shown':
      state.guidanceShown.push(r.at);
      if (r.flags) state.redFlagReports.push({ date: r.date, at: r.at, flags: r.flags });
      return null;
    case 'checkin.plateau-noted':
      if (state.plateauNotes.some((n) => n.week === r.week)) return 'this week already has a plateau note';
      state.plateauNotes.push({ week: r.week, from: r.from, date: r.date, dismissed: false });
      return null;
    case 'checkin.plateau-dismissed': {
      const note = state.plateauNotes.find((n) => n.week === r.week);
      if (!note) return 'no plateau note that week';
      note.dismissed = true;
      return null;
    }
    case 'checkin.plan-reviewed':
      state.reviews.push(r.date);
      return null;
  }
}

export function foldPacing(records: Iterable<PacingRecord>): PacingState {
  const state = emptyPacingState();
  for (const r of records) applyPacingRecord(state, r);
  return state;
}
