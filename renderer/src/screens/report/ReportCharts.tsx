/**
 * Small line charts for the report, readable in black and white: one series solid with filled dots, the
 * other dashed with open squares, in the text colour. Each has a title and a text description; the numbers
 * themselves are in the tables beside them.
 */
import type { ReportCheckin, ReportWeek } from '../../../../shared/report/types';
import { t } from '../../i18n/t';
import { formatDayShort, formatMinutes } from '../../lib/format';

const W = 280;
const H = 120;
const PAD = { left: 30, right: 16, top: 8, bottom: 20 };

interface LineSeries {
  label: string;
  values: (number | null)[];
  dashed: boolean;
}

function LineChart({
  title,
  labels,
  series,
  max,
  ticks,
  tickLabel,
  testId,
}: {
  title: string;
  labels: string[];
  series: LineSeries[];
  max: number;
  ticks: number[];
  tickLabel(v: number): string;
  testId: string;
}) {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length <= 1 ? innerW / 2 : (i * innerW) / (labels.length - 1));
  const y = (v: number) => PAD.top + innerH - (Math.min(v, max) / max) * innerH;
  const description = series
    .map(
      (sr) =>
        `${sr.label}: ${sr.values.map((v, i) => `${labels[i]} ${v === null ? t('report.na') : tickLabel(v)}`).join(', ')}`,
    )
    .join('. ');
  const every = Math.max(1, Math.ceil(labels.length / 6));
  return (
    <svg
      className="report-chart"
      viewBox={`0 0 ${W} ${H + 16}`}
      role="img"
      aria-label={`${title}. ${description}`}
      data-testid={testId}
    >
      <title>{title}</title>
      {ticks.map((v) => (
        <g key={v}>
          <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="report-grid" />
          <text x={PAD.left - 3} y={y(v) + 3} textAnchor="end" className="report-tick">
            {tickLabel(v)}
          </text>
        </g>
      ))}
      {labels.map((l, i) =>
        i % every === 0 || i === labels.length - 1 ? (
          <text key={l} x={x(i)} y={H - 6} textAnchor="middle" className="report-tick">
            {l}
          </text>
        ) : null,
      )}
      {series.map((sr) => {
        const pts = sr.values.map((v, i) => (v === null ? null : ([x(i), y(v)] as const)));
        const path = pts
          .map((p, i) => (p === null ? '' : `${i === 0 || pts[i - 1] === null ? 'M' : 'L'}${p[0]},${p[1]}`))
          .join(' ');
        return (
          <g key={sr.label} className="report-line">
            <path d={path} fill="none" strokeDasharray={sr.dashed ? '4 3' : undefined} />
            {pts.map((p, i) =>
              p === null ? null : sr.dashed ? (
                <rect
                  key={labels[i]}
                  x={p[0] - 2.5}
                  y={p[1] - 2.5}
                  width={5}
                  height={5}
                  className="report-mark-open"
                />
              ) : (
                <circle key={labels[i]} cx={p[0]} cy={p[1]} r={2.5} className="report-mark" />
              ),
            )}
          </g>
        );
      })}
      {series.map((sr, i) => (
        <g key={`legend-${sr.label}`} transform={`translate(${PAD.left + i * 120}, ${H + 10})`}>
          <line
            x1={0}
            x2={16}
            y1={-3}
            y2={-3}
            className="report-line-key"
            strokeDasharray={sr.dashed ? '4 3' : undefined}
          />
          <text x={20} y={0} className="report-tick">
            {sr.label}
          </text>
        </g>
      ))}
    </svg>
  );
}

export function SittingChart({ weeks }: { weeks: readonly ReportWeek[] }) {
  const top = Math.max(60, ...weeks.map((w) => Math.max(w.sittingMin ?? 0, w.standingMin ?? 0)));
  const max = Math.ceil(top / 120) * 120;
  return (
    <LineChart
      title={t('report.chartSitting')}
      labels={weeks.map((w) => formatDayShort(w.from))}
      series={[
        { label: t('report.rows.sitting'), values: weeks.map((w) => w.sittingMin), dashed: false },
        { label: t('report.rows.standing'), values: weeks.map((w) => w.standingMin), dashed: true },
      ]}
      max={max}
      ticks={[0, max / 2, max]}
      tickLabel={(v) => formatMinutes(v)}
      testId="report-sitting-chart"
    />
  );
}

export function ScoresChart({ points }: { points: readonly ReportCheckin[] }) {
  return (
    <LineChart
      title={t('report.chartScores')}
      labels={points.map((p) => formatDayShort(p.date))}
      series={[
        { label: t('report.checkinCols.peg'), values: points.map((p) => p.peg), dashed: false },
        { label: t('report.checkinCols.psfs'), values: points.map((p) => p.psfs), dashed: true },
      ]}
      max={10}
      ticks={[0, 5, 10]}
      tickLabel={(v) => String(v)}
      testId="report-scores-chart"
    />
  );
}
