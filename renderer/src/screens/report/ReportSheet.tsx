/**
 * The report page itself, shared by the preview and the print view. It only formats what main composed
 * (ReportData): every figure on it comes from the summaries and pacing services the screens use.
 */
import { displayTarget } from '../../../../shared/pacing/goal';
import type { ReportData } from '../../../../shared/report/types';
import { redFlags } from '../../content';
import { formatDay, formatDayLong, formatMinutes } from '../../lib/format';
import { t } from '../../strings/format';
import { reportText as s } from '../../strings/report';
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
        <h1 id="report-title">{s.sheetTitle}</h1>
        <p>
          <strong>
            {t(s.periodLine, {
              from: formatDayLong(report.from),
              to: formatDayLong(report.to),
              days: report.days,
              tracked: report.trackedDays,
            })}
          </strong>{' '}
          · {t(s.madeOn, { date: formatDayLong(report.madeOn) })}
        </p>
        <p className="report-wellness">{s.wellness}</p>
      </header>

      <section aria-labelledby="r-sitting" className="report-section">
        <h2 id="r-sitting">{s.sittingTitle}</h2>
        {m === null ? (
          <p>{s.noTracking}</p>
        ) : (
          <div className="report-row">
            <table className="report-table" data-testid="report-sitting">
              <thead>
                <tr>
                  <th scope="col"> </th>
                  <th scope="col">{s.perDay}</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">{s.rows.sitting}</th>
                  <td>{formatMinutes(m.sittingMin)}</td>
                </tr>
                <tr>
                  <th scope="row">{s.rows.standing}</th>
                  <td>{formatMinutes(m.standingMin)}</td>
                </tr>
                <tr>
                  <th scope="row">{s.rows.longBouts}</th>
                  <td>{num(m.longBouts)}</td>
                </tr>
                <tr>
                  <th scope="row">{s.rows.changes}</th>
                  <td>{num(m.postureChanges)}</td>
                </tr>
                <tr>
                  <th scope="row">{s.rows.snacks}</th>
                  <td>{num(m.snacksDone)}</td>
                </tr>
                <tr>
                  <th scope="row">{s.rows.longest}</th>
                  <td>
                    {sitting.longestBout
                      ? t(s.longestOn, {
                          minutes: formatMinutes(sitting.longestBout.minutes),
                          date: formatDay(sitting.longestBout.date),
                        })
                      : s.na}
                  </td>
                </tr>
                <tr>
                  <th scope="row">{s.rows.prompts}</th>
                  <td>{t(s.promptsOf, { done: sitting.prompts.done, shown: sitting.prompts.shown })}</td>
                </tr>
              </tbody>
            </table>
            <figure className="report-figure">
              <SittingChart weeks={sitting.weeks} />
              {firstWeek && lastWeek && (
                <figcaption>
                  {s.weekTrend}:{' '}
                  {t(s.firstLast, {
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
        <h2 id="r-pacing">{s.pacingTitle}</h2>
        {pacing.goals.length === 0 ? (
          <p>{s.noGoals}</p>
        ) : (
          <table className="report-table" data-testid="report-goals">
            <thead>
              <tr>
                <th scope="col">{s.goalCols.name}</th>
                <th scope="col">{s.goalCols.baseline}</th>
                <th scope="col">{s.goalCols.target}</th>
                <th scope="col">{s.goalCols.weeks}</th>
              </tr>
            </thead>
            <tbody>
              {pacing.goals.map((g) => (
                <tr key={g.goalId}>
                  <th scope="row">{g.name}</th>
                  <td>
                    {g.baseline === null ? s.collecting : amountText(g.metric, displayTarget(g.baseline))}
                  </td>
                  <td>{g.target === null ? s.na : amountText(g.metric, g.target)}</td>
                  <td>{t(s.weeksMet, { met: g.weeksMet, weeks: g.weeks })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <p data-testid="report-flares">
          <strong>{s.flares}:</strong>{' '}
          {pacing.flares.length === 0
            ? s.noFlares
            : pacing.flares
                .map((f) =>
                  f.left
                    ? t(s.flareRange, {
                        from: formatDay(f.entered),
                        to: formatDay(f.left),
                        pct: `${f.sharePct} %`,
                      })
                    : t(s.flareOpen, { from: formatDay(f.entered), pct: `${f.sharePct} %` }),
                )
                .join('; ')}
        </p>
      </section>

      <section aria-labelledby="r-checkins" className="report-section">
        <h2 id="r-checkins">{s.checkinsTitle}</h2>
        {checkins.points.length === 0 ? (
          <p>{s.noCheckins}</p>
        ) : (
          <>
            <div className="report-row">
              <table className="report-table compact" data-testid="report-checkins">
                <thead>
                  <tr>
                    <th scope="col">{s.checkinCols.date}</th>
                    <th scope="col">{s.checkinCols.peg}</th>
                    <th scope="col">{s.checkinCols.psfs}</th>
                    <th scope="col">{s.checkinCols.stiffness}</th>
                    <th scope="col">{s.checkinCols.sleep}</th>
                    <th scope="col">{s.checkinCols.confidence}</th>
                  </tr>
                </thead>
                <tbody>
                  {checkins.points.map((p) => (
                    <tr key={p.week}>
                      <th scope="row">{formatDay(p.date)}</th>
                      <td>{p.peg}</td>
                      <td>{p.psfs ?? s.na}</td>
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
            <p className="report-small">{s.scales}</p>
            {checkins.activities.length > 0 && (
              <table className="report-table" data-testid="report-activities">
                <caption>{s.activitiesTitle}</caption>
                <thead>
                  <tr>
                    <th scope="col">{s.activityCols.name}</th>
                    <th scope="col">{s.activityCols.first}</th>
                    <th scope="col">{s.activityCols.latest}</th>
                    <th scope="col">{s.activityCols.change}</th>
                  </tr>
                </thead>
                <tbody>
                  {checkins.activities.map((a) => (
                    <tr key={a.name}>
                      <th scope="row">{a.name}</th>
                      <td>{t(s.scoreOn, { score: a.first.score, date: formatDay(a.first.date) })}</td>
                      <td>{t(s.scoreOn, { score: a.latest.score, date: formatDay(a.latest.date) })}</td>
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
        <h2 id="r-flags">{s.redFlagsTitle}</h2>
        {report.redFlags.length === 0 ? (
          <p>{s.noRedFlags}</p>
        ) : (
          <>
            <p className="report-small">{s.redFlagsHelp}</p>
            <ul>
              {report.redFlags.flatMap((r) =>
                r.flags.map((id) => (
                  <li key={`${r.date}-${id}`}>
                    {formatDay(r.date)}: {redFlags.find((f) => f.id === id)?.symptom ?? id}
                  </li>
                )),
              )}
            </ul>
          </>
        )}
      </section>

      {report.plateauNotes.length > 0 && (
        <section aria-labelledby="r-plateau" className="report-section" data-testid="report-plateau">
          <h2 id="r-plateau">{s.plateauTitle}</h2>
          <ul>
            {report.plateauNotes.map((n) => (
              <li key={n.date}>{t(s.plateauLine, { date: formatDay(n.date), from: formatDay(n.from) })}</li>
            ))}
          </ul>
        </section>
      )}

      {(checkins.notes.length > 0 || report.planNote) && (
        <section aria-labelledby="r-notes" className="report-section" data-testid="report-notes">
          <h2 id="r-notes">{s.notesSheetTitle}</h2>
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
        <p>{s.wellness}</p>
      </footer>
    </article>
  );
}
