/** Logging a session of a manual goal: minutes, optional date, symptoms before/after and a note. */
import { type FormEvent, useId, useState } from 'react';
import { t } from '../../strings/format';
import { pacingText as s } from '../../strings/pacing';
import { pacing } from './client';
import { errorSummary, fieldError, numberOf, ratingOf, useAction } from './useAction';

export function LogForm({ goalId, onLogged }: { goalId: string; onLogged(): void }) {
  const id = useId();
  const [minutes, setMinutes] = useState('');
  const [date, setDate] = useState('');
  const [before, setBefore] = useState('');
  const [after, setAfter] = useState('');
  const [note, setNote] = useState('');
  const [soreness, setSoreness] = useState(false);
  const action = useAction();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (action.busy) return;
    setSoreness(false);
    void action.run(
      () =>
        pacing('pacing.logSession', {
          goalId,
          minutes: numberOf(minutes),
          ...(date ? { date } : {}),
          before: ratingOf(before),
          after: ratingOf(after),
          note,
        }),
      (res) => {
        setSoreness(res.sorenessNote);
        setMinutes('');
        setNote('');
        setBefore('');
        setAfter('');
        onLogged();
        return t(s.log.saved, { minutes: res.session.minutes });
      },
    );
  };

  const field = (path: string, label: string, value: string, set: (v: string) => void, type = 'number') => {
    const err = fieldError(action.error, path);
    return (
      <div className="field">
        <label htmlFor={`${id}-${path}`}>{label}</label>
        <input
          id={`${id}-${path}`}
          type={type}
          value={value}
          aria-invalid={err !== null}
          aria-describedby={err ? `${id}-${path}-error` : undefined}
          onChange={(e) => set(e.currentTarget.value)}
        />
        {err && (
          <p className="field-error" id={`${id}-${path}-error`}>
            {err}
          </p>
        )}
      </div>
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label={s.log.title} className="stack">
      <h4>{s.log.title}</h4>
      <div className="inline-fields">
        {field('minutes', s.log.minutes, minutes, setMinutes)}
        {field('date', s.log.date, date, setDate, 'date')}
        {field('before', s.log.before, before, setBefore)}
        {field('after', s.log.after, after, setAfter)}
      </div>
      {field('note', s.log.note, note, setNote, 'text')}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={action.busy}>
          {s.log.submit}
        </button>
      </div>
      {action.error && (
        <p className="field-error" role="alert">
          {errorSummary(action.error)}
        </p>
      )}
      <div aria-live="polite">
        {action.note && <p className="field-status">{action.note}</p>}
        {soreness && (
          <p className="notice" data-testid="soreness-note">
            {s.log.soreness}
          </p>
        )}
      </div>
    </form>
  );
}
