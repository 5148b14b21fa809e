/**
 * The red-flag questions after a check-in. Any "yes" shows the guidance from the Safety content (urgent
 * and/or same-day); main records that guidance was shown and, only when the user keeps them for their
 * report (the box, on by default), which questions were answered "yes".
 */
import { useId, useState } from 'react';
import { getSafetyText, type RedFlag, redFlags } from '../../content';
import { checkinText as s } from '../../strings/pacing';
import { pacing } from '../pacing/client';

export function RedFlagStep({ onDone }: { onDone(): void }) {
  const id = useId();
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [shown, setShown] = useState<RedFlag[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [keep, setKeep] = useState(true);

  const finish = () => {
    const yes = redFlags.filter((f) => answers[f.id] === true);
    setShown(yes);
    if (yes.length > 0) {
      pacing('checkin.guidanceShown', keep ? { flags: yes.map((f) => f.id) } : undefined).then(
        () => setError(null),
        (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
      );
    }
    onDone();
  };

  if (shown)
    return shown.length === 0 ? (
      <p className="card">{s.allClear}</p>
    ) : (
      <Guidance flags={shown} error={error} />
    );

  return (
    <section className="card stack" aria-labelledby={`${id}-title`} data-testid="red-flags">
      <h2 id={`${id}-title`}>{s.flagsTitle}</h2>
      <p>{s.flagsIntro}</p>
      {redFlags.map((f) => (
        <fieldset key={f.id} className="field">
          <legend>{f.question}</legend>
          <div className="choice-list">
            {[true, false].map((value) => (
              <label key={String(value)} className="check">
                <input
                  type="radio"
                  name={`${id}-${f.id}`}
                  checked={answers[f.id] === value}
                  onChange={() => setAnswers((prev) => ({ ...prev, [f.id]: value }))}
                />
                {value ? s.yes : s.no}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label className="check">
        <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.currentTarget.checked)} />
        {s.keepFlags}
      </label>
      <div className="button-row">
        <button type="button" className="button primary" onClick={finish}>
          {s.flagsDone}
        </button>
      </div>
    </section>
  );
}

function Guidance({ flags, error }: { flags: RedFlag[]; error: string | null }) {
  const levels = (['urgent', 'same-day'] as const).filter((l) => flags.some((f) => f.level === l));
  return (
    <div className="stack" role="alert" data-testid="red-flag-guidance">
      {levels.map((level) => {
        const text = getSafetyText(level === 'urgent' ? 'urgent-care' : 'same-day-care');
        return (
          <section key={level} className="card notice stack">
            {text && <h2>{text.title}</h2>}
            {text?.body.map((p) => (
              <p key={p}>{p}</p>
            ))}
            <ul>
              {flags
                .filter((f) => f.level === level)
                .map((f) => (
                  <li key={f.id}>
                    {f.symptom} {f.action}
                  </li>
                ))}
            </ul>
          </section>
        );
      })}
      {error && <p className="field-error">{error}</p>}
    </div>
  );
}
