/**
 * Pacing goals, sessions and flare mode, on top of the ledger. Every rule that needs state is checked
 * here before a record is written: unknown goals, logs in the future or too far back, logging a measured
 * goal, changing a goal's kind, deleting a goal with history unconfirmed, entering flare mode twice.
 */
import { randomUUID } from 'node:crypto';
import { MEASURED_LOOKBACK_DAYS } from '../../../shared/pacing/baseline';
import { flareStateOn } from '../../../shared/pacing/flare';
import { type Goal, type GoalFields, metricInfo } from '../../../shared/pacing/goal';
import type {
  FlareView,
  GoalView,
  PacingRequestOf,
  PacingResponses,
  PacingView,
} from '../../../shared/pacing/ipc';
import { isMeasuredMetric, measuredSamples } from '../../../shared/pacing/measured';
import { planOf } from '../../../shared/pacing/plan';
import {
  SESSION_BACKDATE_DAYS,
  type SessionFields,
  sorenessNoteApplies,
} from '../../../shared/pacing/session';
import type { Settings } from '../../../shared/settings';
import { addDays, type DayOptions, localDateOf, weekdayOfDate } from '../../../shared/time';
import { UserFacingError } from '../../errors';
import type { PacingLedger } from './ledger';
import type { MeasuredSource } from './measured-source';

export interface PacingDeps {
  ledger: PacingLedger;
  now: () => number;
  dayOptions: () => DayOptions;
  settings: () => Pick<Settings, 'flare' | 'staples' | 'checkIn'>;
  measured: MeasuredSource;
  /** New record ids (lower-case, digits, dashes). */
  newId?: () => string;
}

const RECENT_SESSIONS = 10;

export class GoalsService {
  private readonly newId: () => string;

  constructor(private readonly deps: PacingDeps) {
    this.newId = deps.newId ?? (() => randomUUID().slice(0, 18));
  }

  today(): string {
    return localDateOf(this.deps.now(), this.deps.dayOptions());
  }

  view(): PacingView {
    const state = this.deps.ledger.state;
    const today = this.today();
    return {
      today,
      goals: state.goals.map((g) => this.goalView(g, today)),
      flare: this.flareView(today),
      problems: state.problems,
    };
  }

  createGoal(req: PacingRequestOf<'pacing.createGoal'>): GoalView {
    const today = this.today();
    this.checkFields(req.fields);
    if (req.sessions.length > 0 && metricInfo[req.fields.metric].kind === 'measured') {
      throw new UserFacingError({ code: 'goalMeasured' });
    }
    const sessions = req.sessions.map((s, i) => ({ ...this.checkSession(s, today, `sessions.${i}.date`) }));
    const goalId = `g-${this.newId()}`;
    this.deps.ledger.commit({
      type: 'pacing.goal-created',
      at: this.deps.now(),
      date: today,
      goalId,
      fields: req.fields,
      sessions: sessions.map((s) => ({ ...s, sessionId: `s-${this.newId()}` })),
    });
    return this.goalView(this.goal(goalId), today);
  }

  updateGoal(req: PacingRequestOf<'pacing.updateGoal'>): GoalView {
    const goal = this.goal(req.goalId);
    const today = this.today();
    if (req.fields) {
      if (req.fields.metric !== goal.metric) {
        throw new UserFacingError({ code: 'goalKindFixed' }, [{ code: 'invalid', path: 'fields.metric' }]);
      }
      this.checkFields(req.fields);
    }
    const base = { at: this.deps.now(), date: today, goalId: goal.id };
    // The request schema allows exactly one change, so one record is written or none.
    if (req.fields) this.deps.ledger.commit({ ...base, type: 'pacing.goal-edited', fields: req.fields });
    else if (req.baseline !== undefined) {
      if (req.baseline !== null && req.baseline > metricInfo[goal.metric].max) {
        const max = metricInfo[goal.metric].max;
        throw new UserFacingError({ code: 'baselineTooHigh', max }, [
          { code: 'tooBigNumber', path: 'baseline', maximum: max, inclusive: true },
        ]);
      }
      this.deps.ledger.commit({ ...base, type: 'pacing.baseline-set', value: req.baseline });
    } else if (req.holdWeek) {
      this.checkHoldWeek(req.holdWeek.week, today);
      this.deps.ledger.commit({ ...base, type: 'pacing.hold-week', ...req.holdWeek });
    }
    return this.goalView(this.goal(goal.id), today);
  }

  deleteGoal(req: PacingRequestOf<'pacing.deleteGoal'>): PacingResponses['pacing.deleteGoal'] {
    const goal = this.goal(req.goalId);
    const sessions = this.deps.ledger.state.sessions.get(goal.id)?.length ?? 0;
    if (sessions > 0 && !req.confirmHistory) {
      throw new UserFacingError({ code: 'goalHasSessions', name: goal.name, sessions }, [
        { code: 'required', path: 'confirmHistory' },
      ]);
    }
    this.deps.ledger.commit({
      type: 'pacing.goal-deleted',
      at: this.deps.now(),
      date: this.today(),
      goalId: goal.id,
      sessions,
    });
    return { deleted: true, sessionsKept: sessions };
  }

  logSession(req: PacingRequestOf<'pacing.logSession'>): PacingResponses['pacing.logSession'] {
    const goal = this.goal(req.goalId);
    if (metricInfo[goal.metric].kind === 'measured') {
      throw new UserFacingError({ code: 'goalMeasured' });
    }
    const today = this.today();
    const { goalId, ...fields } = req;
    const s = this.checkSession(fields, today, 'date');
    const sessionId = `s-${this.newId()}`;
    this.deps.ledger.commit({ type: 'pacing.session-logged', at: this.deps.now(), goalId, sessionId, ...s });
    const session = this.deps.ledger.state.sessions.get(goalId)?.find((x) => x.id === sessionId);
    if (!session) throw new Error('the logged session is missing from the state');
    return {
      goal: this.goalView(this.goal(goalId), today),
      session,
      sorenessNote: sorenessNoteApplies(session.before, session.after),
    };
  }

  setFlare(req: PacingRequestOf<'pacing.flare'>): PacingView {
    const state = this.deps.ledger.state;
    const base = { at: this.deps.now(), date: this.today() };
    const { flare } = this.deps.settings();
    if (req.on) {
      if (state.activeFlare) {
        throw new UserFacingError({ code: 'flareAlreadyOn', since: state.activeFlare.entered });
      }
      this.deps.ledger.commit({
        ...base,
        type: 'pacing.flare-entered',
        sharePct: req.sharePct ?? flare.sharePct,
      });
    } else {
      if (!state.activeFlare) throw new UserFacingError({ code: 'flareNotOn' });
      this.deps.ledger.commit({ ...base, type: 'pacing.flare-left', returnDays: flare.returnDays });
    }
    return this.view();
  }

  private goal(goalId: string): Goal {
    const goal = this.deps.ledger.state.goals.find((g) => g.id === goalId);
    if (goal) return goal;
    const gone = this.deps.ledger.state.deleted.find((d) => d.goalId === goalId);
    throw new UserFacingError(
      gone ? { code: 'goalDeleted', name: gone.name, date: gone.date } : { code: 'goalMissing' },
    );
  }

  private checkFields(fields: GoalFields): void {
    const { max, unit } = metricInfo[fields.metric];
    if (fields.progression.mode === 'step' && fields.progression.step > max / 4) {
      throw new UserFacingError(
        { code: 'stepTooLarge', step: fields.progression.step, unit: unit === 'min' ? 'min' : 'count' },
        [{ code: 'tooBigNumber', path: 'fields.progression.step', maximum: max / 4, inclusive: true }],
      );
    }
  }

  private checkHoldWeek(week: string, today: string): void {
    if (weekdayOfDate(week) !== 1) {
      throw new UserFacingError({ code: 'holdWeekNotMonday' }, [{ code: 'invalid', path: 'holdWeek.week' }]);
    }
    if (week < addDays(today, -6)) {
      throw new UserFacingError({ code: 'holdWeekPast' }, [{ code: 'invalid', path: 'holdWeek.week' }]);
    }
  }

  /** The session with its date settled: today by default, never in the future, at most 14 days back. */
  private checkSession(s: SessionFields, today: string, path: string) {
    const date = s.date ?? today;
    if (date > today) {
      throw new UserFacingError({ code: 'sessionInFuture', date }, [{ code: 'invalid', path }]);
    }
    if (date < addDays(today, -SESSION_BACKDATE_DAYS)) {
      throw new UserFacingError({ code: 'sessionTooOld', days: SESSION_BACKDATE_DAYS }, [
        { code: 'invalid', path },
      ]);
    }
    return { date, minutes: s.minutes, before: s.before, after: s.after, note: s.note };
  }

  private goalView(goal: Goal, today: string): GoalView {
    const state = this.deps.ledger.state;
    const sessions = state.sessions.get(goal.id) ?? [];
    const metric = goal.metric;
    const entries = isMeasuredMetric(metric)
      ? measuredSamples(
          metric,
          this.deps.measured.days(
            addDays(goal.createdDate, -MEASURED_LOOKBACK_DAYS),
            today,
            metric === 'snacks-done',
          ),
        )
      : sessions.map((s) => ({ date: s.date, value: s.minutes }));
    return {
      goal,
      plan: planOf({ goal, entries, flares: state.flares, today }),
      recent: [...sessions]
        .sort((a, b) => (a.date === b.date ? b.at - a.at : a.date < b.date ? 1 : -1))
        .slice(0, RECENT_SESSIONS),
      sessionCount: sessions.length,
    };
  }

  private flareView(today: string): FlareView {
    const state = this.deps.ledger.state;
    const settings = this.deps.settings();
    return {
      active: state.activeFlare !== null,
      since: state.activeFlare?.entered ?? null,
      sharePct: state.activeFlare?.sharePct ?? null,
      today: flareStateOn(state.flares, today),
      staples: settings.staples,
      defaults: { ...settings.flare },
    };
  }
}
