/**
 * Composes the report from what the services already computed: day summaries (the one fold), snack
 * counts, the goals' plans, the check-in trend points and the pacing log. Only selection (the period),
 * medians and counts happen here, so the report and the screens never disagree.
 */
import type { Checkin } from '../pacing/checkin';
import type { FlarePeriod } from '../pacing/flare';
import { metricInfo } from '../pacing/goal';
import type { GoalView } from '../pacing/ipc';
import type { TrendPoint } from '../pacing/trends';
import type { DaySummary } from '../summary';
import { daysBetween } from '../time';
import { median } from './median';
import type { ReportActivity, ReportData, ReportGoal, ReportRequest, ReportWeek } from './types';

export interface ReportSources {
  request: ReportRequest;
  madeAt: number;
  madeOn: string;
  /** Every date of the period, empty days included. */
  days: readonly DaySummary[];
  snacksDone: ReadonlyMap<string, number>;
  /** Plan weeks of the period (Monday to Sunday, clipped), from the same helper History uses. */
  weeks: readonly { from: string; to: string }[];
  goals: readonly GoalView[];
  flares: readonly FlarePeriod[];
  checkins: readonly Checkin[];
  points: readonly TrendPoint[];
  redFlagReports: readonly { date: string; flags: string[] }[];
  plateauNotes: readonly { date: string; from: string }[];
  clinicianNote: string;
}

const tracked = (d: DaySummary) => d.sittingMin + d.standingMin + d.movingMin > 0;
const inPeriod = (r: ReportRequest, date: string) => date >= r.from && date <= r.to;

export function composeReport(s: ReportSources): ReportData {
  const { request: r } = s;
  const days = s.days.filter((d) => inPeriod(r, d.date));
  const on = days.filter(tracked);
  const longest = on.reduce<DaySummary | null>(
    (a, d) => (a === null || d.longestSittingBoutMin > a.longestSittingBoutMin ? d : a),
    null,
  );
  const checkins = s.checkins.filter((c) => inPeriod(r, c.date)).sort((a, b) => (a.date < b.date ? -1 : 1));
  return {
    from: r.from,
    to: r.to,
    madeOn: s.madeOn,
    madeAt: s.madeAt,
    days: daysBetween(r.from, r.to) + 1,
    trackedDays: on.length,
    sitting: {
      medians:
        on.length === 0
          ? null
          : {
              sittingMin: median(on.map((d) => d.sittingMin)),
              standingMin: median(on.map((d) => d.standingMin)),
              longBouts: median(on.map((d) => d.longBouts)),
              postureChanges: median(on.map((d) => d.postureChanges)),
              snacksDone: median(on.map((d) => s.snacksDone.get(d.date) ?? 0)),
            },
      weeks: s.weeks.map((w) => weekOf(on, w)),
      longestBout: longest ? { minutes: longest.longestSittingBoutMin, date: longest.date } : null,
      prompts: {
        shown: days.reduce((a, d) => a + d.prompts.shown, 0),
        done: days.reduce((a, d) => a + d.prompts.done, 0),
      },
    },
    pacing: {
      goals: s.goals.map((g) => goalOf(g, r)),
      flares: s.flares
        .filter((f) => f.entered <= r.to && (f.left === null || f.left >= r.from))
        .map((f) => ({ entered: f.entered, left: f.left, sharePct: f.sharePct })),
    },
    checkins: {
      points: s.points
        .filter((p) => inPeriod(r, p.date))
        .map((p) => ({
          week: p.week,
          date: p.date,
          peg: p.peg,
          psfs: p.psfs,
          stiffness: p.stiffness,
          sleep: p.sleep,
          confidence: p.confidence,
        })),
      activities: activitiesOf(checkins),
      notes: checkins
        .filter((c) => c.note !== '' && r.notes.includes(c.week))
        .map((c) => ({ date: c.date, text: c.note })),
      withNotes: checkins.filter((c) => c.note !== '').map((c) => ({ week: c.week, date: c.date })),
    },
    redFlags: s.redFlagReports
      .filter((x) => inPeriod(r, x.date))
      .map((x) => ({ date: x.date, flags: [...x.flags] })),
    plateauNotes: s.plateauNotes
      .filter((n) => inPeriod(r, n.date))
      .map((n) => ({ date: n.date, from: n.from })),
    planNote: r.planNote && s.clinicianNote !== '' ? s.clinicianNote : null,
  };
}

function weekOf(on: readonly DaySummary[], w: { from: string; to: string }): ReportWeek {
  const days = on.filter((d) => d.date >= w.from && d.date <= w.to);
  return {
    from: w.from,
    to: w.to,
    trackedDays: days.length,
    sittingMin: days.length === 0 ? null : median(days.map((d) => d.sittingMin)),
    standingMin: days.length === 0 ? null : median(days.map((d) => d.standingMin)),
  };
}

function goalOf(g: GoalView, r: ReportRequest): ReportGoal {
  const info = metricInfo[g.goal.metric];
  const base = {
    goalId: g.goal.id,
    name: g.goal.name,
    metric: g.goal.metric,
    unit: info.unit,
    direction: info.direction,
  };
  if (g.plan.status !== 'active') return { ...base, baseline: null, target: null, weeksMet: 0, weeks: 0 };
  // Weeks that start in the period; this week counts once it is met (it can still be met until Sunday).
  const weeks = g.plan.weeks.filter((w) => inPeriod(r, w.from) && (!w.current || w.met));
  const lastWeek = [...g.plan.weeks].reverse().find((w) => w.from <= r.to);
  return {
    ...base,
    baseline: g.plan.baseline.value,
    target: lastWeek?.target ?? null,
    weeksMet: weeks.filter((w) => w.met).length,
    weeks: weeks.length,
  };
}

/** Each activity rated in the period: its first and latest rating there. */
function activitiesOf(checkins: readonly Checkin[]): ReportActivity[] {
  const byName = new Map<string, ReportActivity>();
  for (const c of checkins) {
    for (const a of c.activities) {
      const key = a.name.toLowerCase();
      const seen = byName.get(key);
      const at = { date: c.date, score: a.score };
      if (seen) byName.set(key, { ...seen, latest: at, change: a.score - seen.first.score });
      else byName.set(key, { name: a.name, first: at, latest: at, change: 0 });
    }
  }
  return [...byName.values()];
}
