/** The header's one-line status: posture and bout, away, paused or outside working hours. */
import type { EngineSnapshot } from '../../../shared/snapshot';
import { msgKey, t } from '../i18n/t';
import { formatClock, formatMinutes } from '../lib/format';

export function statusText(s: EngineSnapshot | null, now: number | null): string {
  if (!s) return t('shell.status.loading');
  if (s.snack) return t('shell.status.snack');
  if (s.presence === 'away') return t('shell.status.away');
  if (s.pausedUntil !== null && s.pausedUntil > s.at)
    return t('shell.status.paused', { time: formatClock(s.pausedUntil) });
  const elapsed = s.boutStartedAt !== null && now !== null ? (now - s.boutStartedAt) / 60_000 : s.boutMin;
  const main = t('shell.status.current', {
    posture: t(msgKey('common.posture', s.posture)),
    duration: formatMinutes(elapsed),
  });
  return s.outsideWorkingHours ? `${main} · ${t('shell.status.outsideHours')}` : main;
}

export function StatusLine({ snapshot, now }: { snapshot: EngineSnapshot | null; now: number | null }) {
  return (
    <p className="topbar-status" data-testid="status-line">
      {statusText(snapshot, now)}
    </p>
  );
}
