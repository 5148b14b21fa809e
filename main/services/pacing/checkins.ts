/**
 * The weekly check-in: status and the gentle prompt (snooze kept in memory: a restart shows a due prompt
 * again, which is harmless), one check-in per week, trends beside the week's sitting figures, the plan
 * review nudge, and the record that red-flag guidance was shown (the answers themselves are never sent here).
 */
import type { CheckinAnswers } from '../../../shared/pacing/checkin';
import { checkinDue } from '../../../shared/pacing/due';
import type { CheckinStatus, PacingResponses } from '../../../shared/pacing/ipc';
import { type Trends, trendsOf } from '../../../shared/pacing/trends';
import type { DaySummary } from '../../../shared/summary';
import { addDays, localDateOf } from '../../../shared/time';
import { UserFacingError } from '../../errors';
import type { PacingDeps } from './goals';

export interface CheckinDeps extends Omit<PacingDeps, 'measured' | 'newId'> {
  /** Day summaries from `from` to `to`, inclusive. */
  summaries(from: string, to: string): DaySummary[];
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
    };
  }

  snooze(minutes: number): CheckinStatus {
    this.snoozedUntil = this.deps.now() + minutes * 60_000;
    return this.status();
  }

  submit(answers: CheckinAnswers): PacingResponses['checkin.submit'] {
    const { week } = this.status();
    const existing = this.deps.ledger.state.checkins.find((c) => c.week === week);
    if (existing) {
      throw new UserFacingError(
        `This week's check-in was already saved on ${existing.date}. The next one opens on ${addDays(week, 7)}.`,
      );
    }
    const at = this.deps.now();
    const date = localDateOf(at, this.deps.dayOptions());
    this.deps.ledger.commit({ type: 'checkin.submitted', at, date, week, answers });
    const checkin = this.deps.ledger.state.checkins.find((c) => c.week === week);
    if (!checkin) throw new Error('the saved check-in is missing from the state');
    this.snoozedUntil = null;
    return { checkin, trends: this.trends() };
  }

  guidanceShown(): { recorded: true } {
    const at = this.deps.now();
    this.deps.ledger.commit({
      type: 'checkin.guidance-shown',
      at,
      date: localDateOf(at, this.deps.dayOptions()),
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
