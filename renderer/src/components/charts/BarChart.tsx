/**
 * A small SVG bar chart of our own: stacked or grouped series over categories (days, weeks), an optional
 * dashed target line, an accessible title and description, and the numbers as a table.
 */
import { useId } from 'react';
import { bands, heightOf } from '../../lib/scale';
import { DataTable } from './DataTable';
import { Legend } from './Legend';

export interface Series {
  key: string;
  label: string;
  className: string;
  values: readonly number[];
}

export interface BarChartProps {
  title: string;
  description: string;
  categories: readonly string[];
  series: readonly Series[];
  mode?: 'stacked' | 'grouped';
  /** Axis maximum and tick values. */
  axis: { max: number; ticks: readonly number[] };
  format(value: number): string;
  target?: { value: number; label: string };
  /** Heading of the table's first column ("Day", "Week"). */
  categoryLabel: string;
  testId?: string;
}

const W = 640;
const H = 200;
const PAD = { top: 12, right: 8, bottom: 26, left: 56 };

export function BarChart({
  title,
  description,
  categories,
  series,
  mode = 'stacked',
  axis,
  format,
  target,
  categoryLabel,
  testId,
}: BarChartProps) {
  const id = useId();
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slots = bands(categories.length, plotW, categories.length > 14 ? 0.2 : 0.35);
  const y = (v: number) => PAD.top + plotH - heightOf(v, axis.max, plotH);

  return (
    <figure className="chart" data-testid={testId}>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        <g className="axis">
          {axis.ticks.map((v) => (
            <g key={v}>
              <line className="grid-line" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
              <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end">
                {format(v)}
              </text>
            </g>
          ))}
          {categories.map((c, i) => {
            const slot = slots[i];
            if (!slot || (categories.length > 16 && i % 2 === 1)) return null;
            return (
              <text key={c} x={PAD.left + slot.x + slot.width / 2} y={H - 8} textAnchor="middle">
                {c}
              </text>
            );
          })}
        </g>
        <g>
          {categories.map((c, i) => {
            const slot = slots[i];
            if (!slot) return null;
            if (mode === 'grouped') {
              const w = slot.width / series.length;
              return series.map((s, k) => {
                const v = s.values[i] ?? 0;
                return (
                  <rect
                    key={`${c}-${s.key}`}
                    className={s.className}
                    x={PAD.left + slot.x + k * w}
                    width={Math.max(0, w - 1)}
                    y={y(v)}
                    height={heightOf(v, axis.max, plotH)}
                    rx={2}
                  />
                );
              });
            }
            let base = 0;
            return series.map((s) => {
              const v = s.values[i] ?? 0;
              const top = base + v;
              const rect = (
                <rect
                  key={`${c}-${s.key}`}
                  className={s.className}
                  x={PAD.left + slot.x}
                  width={slot.width}
                  y={y(top)}
                  height={Math.max(0, y(base) - y(top))}
                />
              );
              base = top;
              return rect;
            });
          })}
          {target && target.value <= axis.max && (
            <line
              className="target-line"
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(target.value)}
              y2={y(target.value)}
            />
          )}
        </g>
      </svg>
      <Legend
        items={[
          ...series.map((s) => ({ label: s.label, className: s.className })),
          ...(target ? [{ label: target.label, className: 'swatch-target' }] : []),
        ]}
      />
      <DataTable
        caption={title}
        rowHeader={categoryLabel}
        rows={categories}
        columns={series.map((s) => ({ label: s.label, values: s.values.map(format) }))}
      />
    </figure>
  );
}
