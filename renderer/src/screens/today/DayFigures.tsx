/** A day's totals against goals, longest sitting stretch and prompt counts; used by Today and History. */
import { type Settings, scheduleOf } from '../../../../shared/settings';
import { holdReasonSchema } from '../../../../shared/snapshot';
import type { DaySummary, SegmentKind } from '../../../../shared/summary';
import { ProgressBar } from '../../components/States';
import { msgKey, t } from '../../i18n/t';
import { formatMinutes, formatShare } from '../../lib/format';
import { LONG_BOUT_MIN, NON_SITTING_GOAL_MIN, plannedStandingShare, standingShare } from '../../lib/targets';

const kinds: readonly SegmentKind[] = ['sitting', 'standing', 'moving', 'away'];
const minutesOf = (d: DaySummary, k: SegmentKind) =>
  k === 'sitting'
    ? d.sittingMin
    : k === 'standing'
      ? d.standingMin
      : k === 'moving'
        ? d.movingMin
        : d.awayMin;

export function Totals({ day }: { day: DaySummary }) {
  return (
    <dl className="totals" data-testid="totals">
      {kinds.map((k) => (
        <div key={k} className="total" data-testid={`total-${k}`}>
          <dt>
            <span className={`swatch s-${k}`} aria-hidden="true" /> {t(msgKey('common.posture', k))}
          </dt>
          <dd>{formatMinutes(minutesOf(day, k))}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Today's target for standing from the person's own pacing goal, when they have one running today. */
export interface StandingTarget {
  name: string;
  minutes: number;
}

/**
 * One standing story: the person's own pacing target when they set one (standing minutes), otherwise the
 * starting goal for standing and moving from the guidance.
 */
export function Goals({
  day,
  settings,
  standingTarget = null,
}: {
  day: DaySummary;
  settings: Settings;
  standingTarget?: StandingTarget | null;
}) {
  const planned = plannedStandingShare(scheduleOf(settings));
  const done = standingTarget ? day.standingMin : day.standingMin + day.movingMin;
  const target = standingTarget ? standingTarget.minutes : NON_SITTING_GOAL_MIN;
  const words = { done: formatMinutes(done), goal: formatMinutes(target), name: standingTarget?.name ?? '' };
  const line = standingTarget
    ? done >= target
      ? t('today.pacingGoalMet', words)
      : t('today.pacingGoal', words)
    : done >= target
      ? t('today.goalMet', words)
      : t('today.goal', words);
  return (
    <div className="goals" data-testid="standing-goal">
      <p>{line}</p>
      <ProgressBar value={done / target} label={line} />
      <p className="muted small">{standingTarget ? t('today.pacingGoalSource') : t('today.goalSource')}</p>
      <p>
        {planned > 0
          ? t('today.share', { share: formatShare(standingShare(day)), planned: formatShare(planned) })
          : t('today.shareNoDesk')}
      </p>
    </div>
  );
}

export function Longest({ day }: { day: DaySummary }) {
  return (
    <div className="longest" data-testid="longest">
      <h3>{t('today.longest')}</h3>
      <p className="big-figure">{formatMinutes(day.longestSittingBoutMin)}</p>
      <p className="muted small" data-testid="posture-changes">
        {t('today.changes', { n: day.postureChanges })}
      </p>
      {day.longestSittingBoutMin > LONG_BOUT_MIN && <p className="muted small">{t('today.longestHint')}</p>}
    </div>
  );
}

export function PromptCounts({ day }: { day: DaySummary }) {
  const c = day.prompts;
  const rows = [
    ['shown', c.shown],
    ['done', c.done],
    ['snoozed', c.snoozed],
    ['skipped', c.skipped],
    // Prompts, not hold events: a prompt held twice is one prompt that waited (reasons and delay below).
    ['held', c.held],
  ] as const;
  return (
    <>
      <dl className="prompt-counts" data-testid="prompt-counts">
        {rows.map(([key, n]) => (
          <div key={key} data-testid={`prompts-${key}`}>
            <dt>{t(msgKey('today.promptCounts', key))}</dt>
            <dd>{n}</dd>
          </div>
        ))}
      </dl>
      <HeldLine counts={c} />
    </>
  );
}

/** How many prompts waited for a better moment, by reason, and how much later they came (median). */
export function HeldLine({ counts }: { counts: DaySummary['prompts'] }) {
  if (counts.held === 0) return null;
  const reasons = holdReasonSchema.options
    .filter((r) => (counts.heldBy[r] ?? 0) > 0)
    .map((r) =>
      t('today.heldReason', { reason: t(msgKey('today.heldReasons', r)), n: counts.heldBy[r] ?? 0 }),
    )
    .join(', ');
  const delay = counts.medianDelaySec;
  return (
    <div className="prompt-held" data-testid="prompts-held-line">
      <p className="muted small">{t('today.held', { n: counts.held, reasons })}</p>
      {delay !== null ? (
        <p className="muted small">
          {t('today.medianDelay', {
            delay:
              delay < 60 ? t('common.units.seconds', { n: Math.round(delay) }) : formatMinutes(delay / 60),
          })}
        </p>
      ) : null}
    </div>
  );
}

export function isEmptyDay(day: DaySummary): boolean {
  return day.sittingMin + day.standingMin + day.movingMin + day.awayMin === 0 && day.prompts.shown === 0;
}
