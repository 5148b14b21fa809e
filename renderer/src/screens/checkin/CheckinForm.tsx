/** The weekly questions: PEG-3, up to 3 personal activities (PSFS), stiffness, sleep, confidence, a note. */
import { type FormEvent, useId, useState } from 'react';
import type { PacingResponses } from '../../../../shared/pacing/ipc';
import { t } from '../../strings/format';
import { checkinText as s } from '../../strings/pacing';
import { pacing } from '../pacing/client';
import { errorSummary, fieldError, numberOf, useAction } from '../pacing/useAction';

type Submitted = PacingResponses['checkin.submit'];

export function CheckinForm({
  lastActivities,
  onSaved,
}: {
  lastActivities: string[];
  onSaved(r: Submitted): void;
}) {
  const id = useId();
  const [v, setV] = useState<Record<string, string>>({});
  const [names, setNames] = useState([0, 1, 2].map((i) => lastActivities[i] ?? ''));
  const [scores, setScores] = useState(['', '', '']);
  const [note, setNote] = useState('');
  const action = useAction();
  const get = (k: string) => v[k] ?? '';
  const set = (k: string) => (value: string) => setV((prev) => ({ ...prev, [k]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (action.busy) return;
    // A row counts when either box is filled, so a name without a score (or the reverse) gets a message.
    const activities = names
      .map((name, i) => ({ name, score: numberOf(scores[i] ?? '') }))
      .filter((a, i) => a.name.trim() !== '' || (scores[i] ?? '').trim() !== '');
    void action.run(
      () =>
        pacing('checkin.submit', {
          peg: {
            pain: numberOf(get('pain')),
            enjoyment: numberOf(get('enjoyment')),
            activity: numberOf(get('activity')),
          },
          activities,
          stiffness: numberOf(get('stiffness')),
          sleep: numberOf(get('sleep')),
          confidence: numberOf(get('confidence')),
          note,
        }),
      (r) => {
        onSaved(r);
        return s.saved;
      },
    );
  };

  const score = (path: string, key: string, label: string) => {
    const err = fieldError(action.error, path);
    return (
      <div className="field">
        <label htmlFor={`${id}-${key}`}>{label}</label>
        <input
          id={`${id}-${key}`}
          type="number"
          inputMode="numeric"
          min={0}
          max={10}
          value={get(key)}
          aria-invalid={err !== null}
          aria-describedby={err ? `${id}-${key}-error` : undefined}
          onChange={(e) => set(key)(e.currentTarget.value)}
        />
        {err && (
          <p className="field-error" id={`${id}-${key}-error`}>
            {err}
          </p>
        )}
      </div>
    );
  };

  return (
    <form noValidate className="card stack" onSubmit={submit} aria-label={s.title}>
      <fieldset className="field">
        <legend>{s.peg.legend}</legend>
        {score('peg.pain', 'pain', s.peg.pain)}
        {score('peg.enjoyment', 'enjoyment', s.peg.enjoyment)}
        {score('peg.activity', 'activity', s.peg.activity)}
      </fieldset>
      <fieldset className="field">
        <legend>{s.activities.legend}</legend>
        <p className="help">{s.activities.help}</p>
        {[0, 1, 2].map((i) => {
          const nameErr = fieldError(action.error, `activities.${i}.name`);
          const scoreErr = fieldError(action.error, `activities.${i}.score`);
          return (
            <div className="inline-fields" key={i}>
              <div className="field">
                <label htmlFor={`${id}-a${i}`}>{t(s.activities.name, { n: i + 1 })}</label>
                <input
                  id={`${id}-a${i}`}
                  type="text"
                  value={names[i]}
                  aria-invalid={nameErr !== null}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setNames((prev) => prev.map((p, j) => (j === i ? value : p)));
                  }}
                />
                {nameErr && <p className="field-error">{nameErr}</p>}
              </div>
              <div className="field">
                <label htmlFor={`${id}-a${i}-score`}>{t(s.activities.score, { n: i + 1 })}</label>
                <input
                  id={`${id}-a${i}-score`}
                  type="number"
                  min={0}
                  max={10}
                  value={scores[i]}
                  aria-invalid={scoreErr !== null}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setScores((prev) => prev.map((p, j) => (j === i ? value : p)));
                  }}
                />
                {scoreErr && <p className="field-error">{scoreErr}</p>}
              </div>
            </div>
          );
        })}
        {fieldError(action.error, 'activities') && (
          <p className="field-error">{fieldError(action.error, 'activities')}</p>
        )}
      </fieldset>
      {score('stiffness', 'stiffness', s.stiffness)}
      {score('sleep', 'sleep', s.sleep)}
      {score('confidence', 'confidence', s.confidence)}
      <div className="field">
        <label htmlFor={`${id}-note`}>{s.note}</label>
        <textarea id={`${id}-note`} value={note} rows={3} onChange={(e) => setNote(e.currentTarget.value)} />
        {fieldError(action.error, 'note') && (
          <p className="field-error">{fieldError(action.error, 'note')}</p>
        )}
      </div>
      <div className="button-row">
        <button type="submit" className="button primary" disabled={action.busy}>
          {s.submit}
        </button>
      </div>
      {action.error && (
        <p className="field-error" role="alert">
          {errorSummary(action.error)}
        </p>
      )}
    </form>
  );
}
