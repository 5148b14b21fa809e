/** The header's one-line status: posture and bout, away, paused or outside working hours. */
import type { EngineSnapshot } from '../../../shared/snapshot';
import { formatClock, formatMinutes } from '../lib/format';
import { common } from '../strings/common';
import { t } from '../strings/format';
import { shell } from '../strings/shell';

export function statusText(s: EngineSnapshot | null, now: number | null): string {
  if (!s) return shell.status.loading;
  if (s.snack) return shell.status.snack;
  if (s.presence === 'away') return shell.status.away;
  if (s.pausedUntil !== null && s.pausedUntil > s.at)
    return t(shell.status.paused, { time: formatClock(s.pausedUntil) });
  const elapsed = s.boutStartedAt !== null && now !== null ? (now - s.boutStartedAt) / 60_000 : s.boutMin;
  const main = t(shell.status.current, {
    posture: common.posture[s.posture],
    duration: formatMinutes(elapsed),
  });
  return s.outsideWorkingHours ? `${main} · ${shell.status.outsideHours}` : main;
}

export function StatusLine({ snapshot, now }: { snapshot: EngineSnapshot | null; now: number | null }) {
  return (
    <p className="topbar-status" data-testid="status-line">
      {statusText(snapshot, now)}
    </p>
  );
}
