/** One day as a horizontal strip of sitting / standing / moving / away stretches, with hour marks. */
import { useId } from 'react';
import type { Segment, SegmentKind } from '../../../../shared/summary';
import { msgKey, t } from '../../i18n/t';
import { formatClock, formatMinutes } from '../../lib/format';
import { timelineRect } from '../../lib/scale';
import { DataTable } from './DataTable';
import { Legend } from './Legend';

const W = 640;
const H = 64;
const BAR = { top: 6, height: 30 };
const HOUR = 3_600_000;
const kinds: readonly SegmentKind[] = ['sitting', 'standing', 'moving', 'away'];

export function DayTimeline({
  segments,
  from,
  to,
  title,
  testId,
}: {
  segments: readonly Segment[];
  from: number;
  to: number;
  title: string;
  testId?: string;
}) {
  const id = useId();
  const hourMarks: number[] = [];
  const firstHour = Math.ceil(from / HOUR) * HOUR;
  const step = to - from > 12 * HOUR ? 3 * HOUR : HOUR;
  for (let h = firstHour; h <= to; h += step) hourMarks.push(h);
  const totals = kinds.map((k) =>
    segments.filter((s) => s.kind === k).reduce((m, s) => m + (s.end - s.start) / 60_000, 0),
  );
  const description = t('charts.timelineDesc', {
    from: formatClock(from),
    to: formatClock(to),
    parts: kinds
      .map((k, i) => `${t(msgKey('common.posture', k))} ${formatMinutes(totals[i] ?? 0)}`)
      .join(', '),
  });

  return (
    <figure className="chart" data-testid={testId}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        <g>
          <rect className="s-away" x={0} y={BAR.top} width={W} height={BAR.height} rx={6} opacity={0.35} />
          {segments.map((s) => {
            const r = timelineRect(s.start, s.end, from, to, W);
            if (!r) return null;
            return (
              <rect
                key={`${s.kind}-${s.start}`}
                className={`s-${s.kind}`}
                x={r.x}
                width={Math.max(r.width, 0.75)}
                y={BAR.top}
                height={BAR.height}
              />
            );
          })}
        </g>
        <g className="axis">
          {hourMarks.map((h) => {
            const x = ((h - from) / (to - from)) * W;
            return (
              <g key={h}>
                <line
                  className="grid-line"
                  x1={x}
                  x2={x}
                  y1={BAR.top + BAR.height}
                  y2={BAR.top + BAR.height + 5}
                />
                <text x={x} y={H - 6} textAnchor={x < 20 ? 'start' : x > W - 20 ? 'end' : 'middle'}>
                  {formatClock(h)}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      <Legend items={kinds.map((k) => ({ label: t(msgKey('common.posture', k)), className: `s-${k}` }))} />
      <DataTable
        caption={title}
        rowHeader={t('charts.from')}
        rows={segments.map((s) => formatClock(s.start))}
        columns={[
          { label: t('charts.until'), values: segments.map((s) => formatClock(s.end)) },
          { label: t('charts.what'), values: segments.map((s) => t(msgKey('common.posture', s.kind))) },
          {
            label: t('charts.length'),
            values: segments.map((s) => formatMinutes((s.end - s.start) / 60_000)),
          },
        ]}
      />
    </figure>
  );
}
