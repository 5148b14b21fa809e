/**
 * The weekly check-in: status and the gentle prompt (snooze kept in memory: a restart shows a due prompt
 * again, which is harmless), one check-in per week, trends beside the week's sitting figures, the plan
 * review nudge, the plateau note (shared/pacing/plateau.ts), and the record that red-flag guidance was shown
 * (with the questions answered "yes" only when the user keeps them for their report).
 */
import type { CheckinAnswers } from '../../../shared/pacing/checkin';
import { checkinDue } from '../../../shared/pacing/due';
import type { CheckinStatus, GoalView, PacingResponses, PlateauNoteView } from '../../../shared/pacing/ipc';
import { plateauOf } from '../../../shared/pacing/plateau';
import { type TrendPoint, type Trends, trendsOf } from '../../../shared/pacing/trends';
import type { DaySummary } from '../../../shared/summary';
import { addDays, localDateOf } from '../../../shared/time';
import { UserFacingError } from '../../errors';
import type { PacingDeps } from './goals';

export interface CheckinDeps extends Omit<PacingDeps, 'measured' | 'newId'> {
  /** Day summaries from `from` to `to`, inclusive. */
  summaries(from: string, to: string): DaySummary[];
  /** The goals with their plans (for "despite goals being met"). */
  goals(): GoalView[];
}

/** Whether the week starting `week` had goals and every goal with a plan that week met it. */
export function goalsMetIn(goals: readonly GoalView[], week: string): boolean {
  const plans = goals.flatMap((g) =>
    g.plan.status === 'active' ? g.plan.weeks.filter((w) => w.from === week && w.required > 0) : [],
  );
  return plans.length > 0 && plans.every((w) => w.met);
}

export class CheckinService {
  private snoozedUntil: number | null = null;

  constructor(private readonly deps: CheckinDeps) {}

  status(): CheckinStatus {
    const now = this.deps.now();
    const { checkins } = this.deps.ledger.state;
    const schedule = this.deps.settings().checkIn;
    const { week, promptAt, due } = checkinDue({
      now,
      opts: this.deps.dayOptions(),
      schedule,
      doneWeeks: checkins.map((c) => c.week),
      snoozedUntil: this.snoozedUntil,
    });
    const last = checkins[checkins.length - 1];
    return {
      week,
      enabled: schedule.enabled,
      done: checkins.find((c) => c.week === week) ?? null,
      due,
      promptAt,
      snoozedUntil: this.snoozedUntil !== null && this.snoozedUntil > now ? this.snoozedUntil : null,
      lastActivities: last ? last.activities.map((a) => a.name) : [],
      plateau: this.openPlateauNote(),
    };
  }

  /** The latest plateau note while it has not been put away. */
  private openPlateauNote(): PlateauNoteView | null {
    const notes = this.deps.ledger.state.plateauNotes;
    const last = notes[notes.length - 1];
    return last && !last.dismissed ? { week: last.week, from: last.from, date: last.date } : null;
  }

  dismissPlateau(week: string): CheckinStatus {
    const note = this.deps.ledger.state.plateauNotes.find((n) => n.week === week);
    if (!note) throw new UserFacingError({ code: 'noPlateauNote' });
    if (!note.dismissed) {
      const at = this.deps.now();
      this.deps.ledger.commit({
        type: 'checkin.plateau-dismissed',
        at,
        date: localDateOf(at, this.deps.dayOptions()),
        week,
      });
    }
    return this.status();
  }

  /** Writes a plateau note when the check-ins up to now make a new plateau; returns it, or null. */
  private notePlateau(points: readonly TrendPoint[], week: string): PlateauNoteView | null {
    const state = this.deps.ledger.state;
    const notes = state.plateauNotes;
    const goals = this.deps.goals();
    const plateau = plateauOf({
      points,
      goalsMet: (w) => goalsMetIn(goals, w),
      flares: state.flares,
      lastNoted: notes[notes.length - 1]?.week ?? null,
    });
    if (plateau === null) return null;
    const at = this.deps.now();
    const date = localDateOf(at, this.deps.dayOptions());
    this.deps.ledger.commit({ type: 'checkin.plateau-noted', at, date, week, from: plateau.from });
    return { week, from: plateau.from, date };
  }

  snooze(minutes: number): CheckinStatus {
    this.snoozedUntil = this.deps.now() + minutes * 60_000;
    return this.status();
  }

  submit(answers: CheckinAnswers): PacingResponses['checkin.submit'] {
    const { week } = this.status();
    const existing = this.deps.ledger.state.checkins.find((c) => c.week === week);
    if (existing) {
      throw new UserFacingError({ code: 'checkinDone', date: existing.date, next: addDays(week, 7) });
    }
    const at = this.deps.now();
    const date = localDateOf(at, this.deps.dayOptions());
    this.deps.ledger.commit({ type: 'checkin.submitted', at, date, week, answers });
    const checkin = this.deps.ledger.state.checkins.find((c) => c.week === week);
    if (!checkin) throw new Error('the saved check-in is missing from the state');
    this.snoozedUntil = null;
    const trends = this.trends();
    return { checkin, trends, plateau: this.notePlateau(trends.points, week) };
  }

  /** `flags`: the questions answered "yes", when the user keeps them for their report. */
  guidanceShown(flags?: string[]): { recorded: true } {
    const at = this.deps.now();
    this.deps.ledger.commit({
      type: 'checkin.guidance-shown',
      at,
      date: localDateOf(at, this.deps.dayOptions()),
      ...(flags ? { flags } : {}),
    });
    return { recorded: true };
  }

  reviewed(): Trends {
    const at = this.deps.now();
    this.deps.ledger.commit({
      type: 'checkin.plan-reviewed',
      at,
      date: localDateOf(at, this.deps.dayOptions()),
    });
    return this.trends();
  }

  trends(): Trends {
    const { checkins, reviews } = this.deps.ledger.state;
    const today = localDateOf(this.deps.now(), this.deps.dayOptions());
    const first = checkins.reduce<string | null>((a, c) => (a === null || c.date < a ? c.date : a), null);
    const summaries = first === null ? [] : this.deps.summaries(addDays(first, -7), today);
    return trendsOf(checkins, summaries, reviews, today);
  }
}
