/**
 * The report for a clinician: choose the period (4, 8 or 12 weeks, or custom), the notes to include and
 * the paper; see the page as it will print; save it as a PDF through the save dialog (main prints the same
 * view) or print it. The preview and the PDF both render ReportSheet from main's figures.
 */
import { useState } from 'react';
import type { PaperSize, ReportInput } from '../../../../shared/report/types';
import { addDays, localDateOf } from '../../../../shared/time';
import { api } from '../../api';
import { FormStatus } from '../../components/form/Field';
import { ScreenHeader } from '../../components/ScreenHeader';
import { LoadCard } from '../../components/States';
import { useApp } from '../../context';
import { useLoad } from '../../hooks/useLoad';
import { useMutation } from '../../hooks/useMutation';
import { msgKey, t } from '../../i18n/t';
import { formatDayLong } from '../../lib/format';
import { errorSummary } from '../../lib/formInput';
import { ReportSheet } from './ReportSheet';

type PeriodChoice = '4' | '8' | '12' | 'custom';
const choices: PeriodChoice[] = ['4', '8', '12', 'custom'];

export function ReportScreen() {
  const { live, settings, timeZone } = useApp();
  const at = live.snapshot?.at ?? null;
  const today = at === null ? null : localDateOf(at, { timeZone, dayStart: settings.dayStart });
  return (
    <div className="stack report-page">
      <ScreenHeader title={t('report.title')} intro={t('report.intro')} />
      {today && <ReportBody today={today} />}
    </div>
  );
}

function ReportBody({ today }: { today: string }) {
  const [choice, setChoice] = useState<PeriodChoice>('8');
  const [custom, setCustom] = useState({ from: addDays(today, -27), to: today });
  const [notes, setNotes] = useState<string[]>([]);
  const [planNote, setPlanNote] = useState(false);
  const [paper, setPaper] = useState<PaperSize>('A4');
  const save = useMutation();
  const weeks = choice === 'custom' ? null : Number(choice);
  const from = weeks === null ? custom.from : addDays(today, -(weeks * 7) + 1);
  const to = weeks === null ? custom.to : today;
  const request: ReportInput = { from, to, notes, planNote };
  const report = useLoad(() => api().invoke('report.get', request), [from, to, notes.join(), planNote]);
  const data = report.state.value;

  const savePdf = () =>
    void save.run(
      () => api().invoke('report.savePdf', { report: request, paper }),
      (r) => (r.saved && r.path ? t('report.savedTo', { path: r.path }) : t('report.notSaved')),
    );
  const toggleNote = (week: string, on: boolean) =>
    setNotes((prev) => (on ? [...prev.filter((w) => w !== week), week] : prev.filter((w) => w !== week)));

  return (
    <>
      <section className="card stack no-print" aria-labelledby="report-options">
        <h2 id="report-options">{t('report.period')}</h2>
        <fieldset className="field">
          <legend>{t('report.period')}</legend>
          <div className="choice-list inline">
            {choices.map((c) => (
              <label key={c} className="check">
                <input
                  type="radio"
                  name="report-period"
                  checked={choice === c}
                  onChange={() => setChoice(c)}
                />
                {t(msgKey('report.periods', c))}
              </label>
            ))}
          </div>
        </fieldset>
        {choice === 'custom' && (
          <div className="inline-fields">
            <div className="field">
              <label htmlFor="report-from">{t('report.from')}</label>
              <input
                id="report-from"
                type="date"
                value={custom.from}
                max={today}
                onChange={(e) => setCustom((c) => ({ ...c, from: e.currentTarget.value }))}
              />
            </div>
            <div className="field">
              <label htmlFor="report-to">{t('report.to')}</label>
              <input
                id="report-to"
                type="date"
                value={custom.to}
                max={today}
                onChange={(e) => setCustom((c) => ({ ...c, to: e.currentTarget.value }))}
              />
            </div>
          </div>
        )}
        <fieldset className="field">
          <legend>{t('report.notesTitle')}</legend>
          <p className="help">{t('report.notesHelp')}</p>
          <label className="check">
            <input
              type="checkbox"
              checked={planNote}
              onChange={(e) => setPlanNote(e.currentTarget.checked)}
            />
            {t('report.planNote')}
          </label>
          {data?.checkins.withNotes.map((n) => (
            <label key={n.week} className="check">
              <input
                type="checkbox"
                checked={notes.includes(n.week)}
                onChange={(e) => toggleNote(n.week, e.currentTarget.checked)}
              />
              {t('report.noteFrom', { date: formatDayLong(n.date) })}
            </label>
          ))}
        </fieldset>
        <div className="field">
          <label htmlFor="report-paper">{t('report.paper')}</label>
          <select
            id="report-paper"
            value={paper}
            onChange={(e) => setPaper(e.currentTarget.value === 'Letter' ? 'Letter' : 'A4')}
          >
            <option value="A4">{t('report.paperSize.A4')}</option>
            <option value="Letter">{t('report.paperSize.Letter')}</option>
          </select>
        </div>
        <div className="button-row">
          <button type="button" className="button primary" onClick={savePdf} disabled={save.busy || !data}>
            {t('report.savePdf')}
          </button>
          <button type="button" className="button" onClick={() => window.print()} disabled={!data}>
            {t('report.print')}
          </button>
        </div>
        <FormStatus error={errorSummary(save.error)} note={save.note} testId="report-saved" />
      </section>
      <LoadCard load={report} errorTitle={t('report.loadError')} />
      {data && (
        <section aria-label={t('report.preview')} className="report-preview">
          <ReportSheet report={data} />
        </section>
      )}
    </>
  );
}
