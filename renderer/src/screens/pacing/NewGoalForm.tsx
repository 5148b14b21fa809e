/** Creating a goal: from an example or from scratch, with up to 3 recent sessions to set the baseline. */
import { type FormEvent, useId, useState } from 'react';
import type { Cadence, GoalFields, Metric, Progression } from '../../../../shared/pacing/goal';
import { metricInfo, metrics } from '../../../../shared/pacing/goal';
import { weekdayName } from '../../lib/format';
import { t } from '../../strings/format';
import { pacingText as s } from '../../strings/pacing';
import { pacing } from './client';
import { goalPresets } from './presets';
import { errorSummary, fieldError, numberOf, useAction } from './useAction';

type CadenceKind = Cadence['kind'];
type Mode = Progression['mode'];
const WEEK = [1, 2, 3, 4, 5, 6, 0];

export function NewGoalForm({ onCreated }: { onCreated(): void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [metric, setMetric] = useState<Metric>('session-min');
  const [kind, setKind] = useState<CadenceKind>('every-other-day');
  const [days, setDays] = useState<number[]>([1, 2, 3, 4, 5]);
  const [times, setTimes] = useState('3');
  const [mode, setMode] = useState<Mode>('percent');
  const [pct, setPct] = useState('10');
  const [step, setStep] = useState('1');
  const [aim, setAim] = useState('');
  const [sessions, setSessions] = useState([0, 1, 2].map(() => ({ minutes: '', date: '' })));
  const action = useAction();
  const manual = metricInfo[metric].kind === 'manual';

  const applyPreset = (f: GoalFields) => {
    setName(f.name);
    setMetric(f.metric);
    setKind(f.cadence.kind);
    if (f.cadence.kind === 'weekdays') setDays(f.cadence.days);
    if (f.cadence.kind === 'per-week') setTimes(String(f.cadence.times));
    setMode(f.progression.mode);
    setAim(f.aim === null ? '' : String(f.aim));
    action.clear();
  };

  const cadence = (): Cadence => {
    if (kind === 'weekdays') return { kind, days };
    if (kind === 'per-week') return { kind, times: numberOf(times) };
    return { kind };
  };
  const progression = (): Progression => {
    if (mode === 'percent') return { mode, pct: numberOf(pct) };
    if (mode === 'step') return { mode, step: numberOf(step) };
    return { mode };
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (action.busy) return;
    const fields = {
      name,
      metric,
      cadence: cadence(),
      progression: progression(),
      aim: aim.trim() ? numberOf(aim) : null,
    };
    const logged = manual
      ? sessions
          .filter((x) => x.minutes.trim() !== '')
          .map((x) => ({ minutes: numberOf(x.minutes), ...(x.date ? { date: x.date } : {}) }))
      : [];
    void action.run(
      () => pacing('pacing.createGoal', { fields, sessions: logged }),
      () => {
        setName('');
        setSessions([0, 1, 2].map(() => ({ minutes: '', date: '' })));
        onCreated();
        return s.create.created;
      },
    );
  };

  const err = (path: string) => fieldError(action.error, path);
  const fieldErr = (path: string) => {
    const e = err(path);
    return e ? <p className="field-error">{e}</p> : null;
  };

  return (
    <form noValidate className="card stack" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{s.create.title}</h2>
      <fieldset className="field">
        <legend>{s.create.presets}</legend>
        <div className="button-row">
          {goalPresets.map((p) => (
            <button key={p.id} type="button" className="button small" onClick={() => applyPreset(p.fields)}>
              {s.create.preset[p.id]}
            </button>
          ))}
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-name`}>{s.create.name}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          aria-invalid={err('fields.name') !== null}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        {fieldErr('fields.name')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-metric`}>{s.create.metric}</label>
        <select
          id={`${id}-metric`}
          value={metric}
          onChange={(e) => setMetric(metrics.find((m) => m === e.currentTarget.value) ?? 'session-min')}
        >
          {metrics.map((m) => (
            <option key={m} value={m}>
              {s.metric[m]}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-cadence`}>{s.create.cadence}</label>
          <select
            id={`${id}-cadence`}
            value={kind}
            onChange={(e) => setKind(cadenceKinds.find((k) => k === e.currentTarget.value) ?? 'daily')}
          >
            {cadenceKinds.map((k) => (
              <option key={k} value={k}>
                {s.cadenceLabel[k]}
              </option>
            ))}
          </select>
        </div>
        {kind === 'per-week' && (
          <div className="field">
            <label htmlFor={`${id}-times`}>{s.create.times}</label>
            <input
              id={`${id}-times`}
              type="number"
              value={times}
              onChange={(e) => setTimes(e.currentTarget.value)}
            />
            {fieldErr('fields.cadence.times')}
          </div>
        )}
      </div>
      {kind === 'weekdays' && (
        <fieldset className="field">
          <legend>{s.create.days}</legend>
          <div className="day-picker">
            {WEEK.map((d) => (
              <label key={d} className="check">
                <input
                  type="checkbox"
                  checked={days.includes(d)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setDays((prev) => (on ? [...prev, d] : prev.filter((x) => x !== d)));
                  }}
                />
                {weekdayName(d, 'short')}
              </label>
            ))}
          </div>
          {fieldErr('fields.cadence.days')}
        </fieldset>
      )}
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-mode`}>{s.create.progression}</label>
          <select
            id={`${id}-mode`}
            value={mode}
            onChange={(e) => setMode(modes.find((m) => m === e.currentTarget.value) ?? 'hold')}
          >
            {modes.map((m) => (
              <option key={m} value={m}>
                {s.create.progressionMode[m]}
              </option>
            ))}
          </select>
        </div>
        {mode === 'percent' && (
          <div className="field">
            <label htmlFor={`${id}-pct`}>{s.create.pct}</label>
            <input
              id={`${id}-pct`}
              type="number"
              value={pct}
              onChange={(e) => setPct(e.currentTarget.value)}
            />
            {fieldErr('fields.progression.pct')}
          </div>
        )}
        {mode === 'step' && (
          <div className="field">
            <label htmlFor={`${id}-step`}>{s.create.step}</label>
            <input
              id={`${id}-step`}
              type="number"
              value={step}
              onChange={(e) => setStep(e.currentTarget.value)}
            />
            {fieldErr('fields.progression.step')}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-aim`}>{s.create.aim}</label>
          <input id={`${id}-aim`} type="number" value={aim} onChange={(e) => setAim(e.currentTarget.value)} />
          {fieldErr('fields.aim')}
        </div>
      </div>
      <p className="help">{s.create.aimHelp}</p>
      {manual && (
        <fieldset className="field">
          <legend>{s.create.sessions}</legend>
          <p className="help">{s.create.sessionsHelp}</p>
          {sessions.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: three fixed rows.
            <div className="inline-fields" key={i}>
              <div className="field">
                <label htmlFor={`${id}-s${i}-min`}>{t(s.create.sessionMinutes, { n: i + 1 })}</label>
                <input
                  id={`${id}-s${i}-min`}
                  type="number"
                  value={x.minutes}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setSessions((prev) => prev.map((p, j) => (j === i ? { ...p, minutes: v } : p)));
                  }}
                />
                {fieldErr(`sessions.${i}.minutes`)}
              </div>
              <div className="field">
                <label htmlFor={`${id}-s${i}-date`}>{t(s.create.sessionDate, { n: i + 1 })}</label>
                <input
                  id={`${id}-s${i}-date`}
                  type="date"
                  value={x.date}
                  onChange={(e) => {
                    const v = e.currentTarget.value;
                    setSessions((prev) => prev.map((p, j) => (j === i ? { ...p, date: v } : p)));
                  }}
                />
                {fieldErr(`sessions.${i}.date`)}
              </div>
            </div>
          ))}
        </fieldset>
      )}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={action.busy}>
          {s.create.submit}
        </button>
      </div>
      <div aria-live="polite">
        {action.error && (
          <p className="field-error" role="alert">
            {errorSummary(action.error)}
          </p>
        )}
        {action.note && <p className="field-status">{action.note}</p>}
      </div>
    </form>
  );
}

const cadenceKinds: CadenceKind[] = ['daily', 'every-other-day', 'weekdays', 'per-week'];
const modes: Mode[] = ['percent', 'step', 'hold'];
