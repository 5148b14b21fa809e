/**
 * The report page itself, shared by the preview and the print view. It only formats what main composed
 * (ReportData): every figure on it comes from the summaries and pacing services the screens use.
 */
import { displayTarget } from '../../../../shared/pacing/goal';
import type { ReportData } from '../../../../shared/report/types';
import { redFlags } from '../../content';
import { t } from '../../i18n/t';
import { formatDay, formatDayLong, formatMinutes } from '../../lib/format';
import { amountText } from '../pacing/describe';
import { ScoresChart, SittingChart } from './ReportCharts';

const num = (n: number) => String(n);
const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function ReportSheet({ report }: { report: ReportData }) {
  const { sitting, pacing, checkins } = report;
  const m = sitting.medians;
  const tracked = sitting.weeks.filter((w) => w.sittingMin !== null);
  const firstWeek = tracked[0];
  const lastWeek = tracked[tracked.length - 1];
  return (
    <article className="report-sheet" aria-labelledby="report-title" data-testid="report-sheet">
      <header className="report-head">
        <h1 id="report-title">{t('report.sheetTitle')}</h1>
        <p>
          <strong>
            {t('report.periodLine', {
              from: formatDayLong(report.from),
              to: formatDayLong(report.to),
              days: report.days,
              tracked: report.trackedDays,
            })}
          </strong>{' '}
          · {t('report.madeOn', { date: formatDayLong(report.madeOn) })}
        </p>
        <p className="report-wellness">{t('report.wellness')}</p>
      </header>

      <section aria-labelledby="r-sitting" className="report-section">
        <h2 id="r-sitting">{t('report.sittingTitle')}</h2>
        {m === null ? (
          <p>{t('report.noTracking')}</p>
        ) : (
          <div className="report-row">
            <table className="report-table" data-testid="report-sitting">
              <thead>
                <tr>
                  <th scope="col"> </th>
                  <th scope="col">{t('report.perDay')}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{t('report.rows.sitting')}</th>
                  <td>{formatMinutes(m.sittingMin)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('report.rows.standing')}</th>
                  <td>{formatMinutes(m.standingMin)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('report.rows.longBouts')}</th>
                  <td>{num(m.longBouts)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('report.rows.changes')}</th>
                  <td>{num(m.postureChanges)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('report.rows.snacks')}</th>
                  <td>{num(m.snacksDone)}</td>
                </tr>
                <tr>
                  <th scope="row">{t('report.rows.longest')}</th>
                  <td>
                    {sitting.longestBout
                      ? t('report.longestOn', {
                          minutes: formatMinutes(sitting.longestBout.minutes),
                          date: formatDay(sitting.longestBout.date),
                        })
                      : t('report.na')}
                  </td>
                </tr>
                <tr>
                  <th scope="row">{t('report.rows.prompts')}</th>
                  <td>
                    {t('report.promptsOf', { done: sitting.prompts.done, shown: sitting.prompts.shown })}
                  </td>
                </tr>
              </tbody>
            </table>
            <figure className="report-figure">
              <SittingChart weeks={sitting.weeks} />
              {firstWeek && lastWeek && (
                <figcaption>
                  {t('report.weekTrend')}:{' '}
                  {t('report.firstLast', {
                    first: `${formatMinutes(firstWeek.sittingMin ?? 0)} / ${formatMinutes(firstWeek.standingMin ?? 0)}`,
                    last: `${formatMinutes(lastWeek.sittingMin ?? 0)} / ${formatMinutes(lastWeek.standingMin ?? 0)}`,
                  })}
                </figcaption>
              )}
            </figure>
          </div>
        )}
      </section>

      <section aria-labelledby="r-pacing" className="report-section">
        <h2 id="r-pacing">{t('report.pacingTitle')}</h2>
        {pacing.goals.length === 0 ? (
          <p>{t('report.noGoals')}</p>
        ) : (
          <table className="report-table" data-testid="report-goals">
            <thead>
              <tr>
                <th scope="col">{t('report.goalCols.name')}</th>
                <th scope="col">{t('report.goalCols.baseline')}</th>
                <th scope="col">{t('report.goalCols.target')}</th>
                <th scope="col">{t('report.goalCols.weeks')}</th>
              </tr>
            </thead>
            <tbody>
              {pacing.goals.map((g) => (
                <tr key={g.goalId}>
                  <th scope="row">{g.name}</th>
                  <td>
                    {g.baseline === null
                      ? t('report.collecting')
                      : amountText(g.metric, displayTarget(g.baseline))}
                  </td>
                  <td>{g.target === null ? t('report.na') : amountText(g.metric, g.target)}</td>
                  <td>{t('report.weeksMet', { met: g.weeksMet, weeks: g.weeks })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p data-testid="report-flares">
          <strong>{t('report.flares')}:</strong>{' '}
          {pacing.flares.length === 0
            ? t('report.noFlares')
            : pacing.flares
                .map((f) =>
                  f.left
                    ? t('report.flareRange', {
                        from: formatDay(f.entered),
                        to: formatDay(f.left),
                        pct: `${f.sharePct} %`,
                      })
                    : t('report.flareOpen', { from: formatDay(f.entered), pct: `${f.sharePct} %` }),
                )
                .join('; ')}
        </p>
      </section>

      <section aria-labelledby="r-checkins" className="report-section">
        <h2 id="r-checkins">{t('report.checkinsTitle')}</h2>
        {checkins.points.length === 0 ? (
          <p>{t('report.noCheckins')}</p>
        ) : (
          <>
            <div className="report-row">
              <table className="report-table compact" data-testid="report-checkins">
                <thead>
                  <tr>
                    <th scope="col">{t('report.checkinCols.date')}</th>
                    <th scope="col">{t('report.checkinCols.peg')}</th>
                    <th scope="col">{t('report.checkinCols.psfs')}</th>
                    <th scope="col">{t('report.checkinCols.stiffness')}</th>
                    <th scope="col">{t('report.checkinCols.sleep')}</th>
                    <th scope="col">{t('report.checkinCols.confidence')}</th>
                  </tr>
                </thead>
                <tbody>
                  {checkins.points.map((p) => (
                    <tr key={p.week}>
                      <th scope="row">{formatDay(p.date)}</th>
                      <td>{p.peg}</td>
                      <td>{p.psfs ?? t('report.na')}</td>
                      <td>{p.stiffness}</td>
                      <td>{p.sleep}</td>
                      <td>{p.confidence}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <figure className="report-figure">
                <ScoresChart points={checkins.points} />
              </figure>
            </div>
            <p className="report-small">{t('report.scales')}</p>
            {checkins.activities.length > 0 && (
              <table className="report-table" data-testid="report-activities">
                <caption>{t('report.activitiesTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('report.activityCols.name')}</th>
                    <th scope="col">{t('report.activityCols.first')}</th>
                    <th scope="col">{t('report.activityCols.latest')}</th>
                    <th scope="col">{t('report.activityCols.change')}</th>
                  </tr>
                </thead>
                <tbody>
                  {checkins.activities.map((a) => (
                    <tr key={a.name}>
                      <th scope="row">{a.name}</th>
                      <td>{t('report.scoreOn', { score: a.first.score, date: formatDay(a.first.date) })}</td>
                      <td>
                        {t('report.scoreOn', { score: a.latest.score, date: formatDay(a.latest.date) })}
                      </td>
                      <td>{signed(a.change)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </>
        )}
      </section>

      <section aria-labelledby="r-flags" className="report-section" data-testid="report-red-flags">
        <h2 id="r-flags">{t('report.redFlagsTitle')}</h2>
        {report.redFlags.length === 0 ? (
          <p>{t('report.noRedFlags')}</p>
        ) : (
          <>
            <p className="report-small">{t('report.redFlagsHelp')}</p>
            <ul>
              {report.redFlags.flatMap((r) =>
                r.flags.map((id) => (
                  <li key={`${r.date}-${id}`}>
                    {formatDay(r.date)}: {redFlags().find((f) => f.id === id)?.symptom ?? id}
                  </li>
                )),
              )}
            </ul>
          </>
        )}
      </section>

      {report.plateauNotes.length > 0 && (
        <section aria-labelledby="r-plateau" className="report-section" data-testid="report-plateau">
          <h2 id="r-plateau">{t('report.plateauTitle')}</h2>
          <ul>
            {report.plateauNotes.map((n) => (
              <li key={n.date}>
                {t('report.plateauLine', { date: formatDay(n.date), from: formatDay(n.from) })}
              </li>
            ))}
          </ul>
        </section>
      )}

      {(checkins.notes.length > 0 || report.planNote) && (
        <section aria-labelledby="r-notes" className="report-section" data-testid="report-notes">
          <h2 id="r-notes">{t('report.notesSheetTitle')}</h2>
          <ul>
            {report.planNote && <li>{report.planNote}</li>}
            {checkins.notes.map((n) => (
              <li key={n.date}>
                {formatDay(n.date)}: {n.text}
              </li>
            ))}
          </ul>
        </section>
      )}

      <footer className="report-foot">
        <p>{t('report.wellness')}</p>
      </footer>
    </article>
  );
}
