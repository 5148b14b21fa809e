/** The numbers behind a chart, for screen readers and anyone who prefers a table. */
import { t } from '../../i18n/t';

export interface Column {
  label: string;
  values: readonly string[];
}

export function DataTable({
  caption,
  rowHeader,
  rows,
  columns,
}: {
  caption: string;
  rowHeader: string;
  rows: readonly string[];
  columns: readonly Column[];
}) {
  return (
    <details>
      <summary>{t('charts.showTable')}</summary>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            {columns.map((c) => (
              <th scope="col" className="num" key={c.label}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional and may repeat a label.
            <tr key={i}>
              <th scope="row">{row}</th>
              {columns.map((c) => (
                <td className="num" key={c.label}>
                  {c.values[i] ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
