/**
 * The red-flag questions after a check-in. Any "yes" shows the guidance from the Safety content (urgent
 * and/or same-day) as the most prominent thing on the screen, announced and focused, what to do first;
 * main records that guidance was shown and, only when the user keeps them for their report (the box, on
 * by default), which questions were answered "yes".
 */
import { useEffect, useId, useRef, useState } from 'react';
import { api } from '../../api';
import { FormStatus, RadioChoices } from '../../components/form/Field';
import { getSafetyText, type RedFlag, redFlags } from '../../content';
import { useMutation } from '../../hooks/useMutation';
import { t } from '../../i18n/t';
import { hrefOf } from '../../lib/route';

export function RedFlagStep({ onDone }: { onDone(): void }) {
  const id = useId();
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [shown, setShown] = useState<RedFlag[] | null>(null);
  const recording = useMutation();
  const [keep, setKeep] = useState(true);

  const finish = () => {
    const yes = redFlags().filter((f) => answers[f.id] === true);
    setShown(yes);
    if (yes.length > 0) {
      const flags = keep ? { flags: yes.map((f) => f.id) } : undefined;
      void recording.run(() => api().invoke('checkin.guidanceShown', flags));
    }
    onDone();
  };

  if (shown)
    return shown.length === 0 ? (
      <p className="card">{t('checkin.allClear')}</p>
    ) : (
      <Guidance flags={shown} error={recording.error?.message ?? null} />
    );

  return (
    <section className="card stack" aria-labelledby={`${id}-title`} data-testid="red-flags">
      <h2 id={`${id}-title`}>{t('checkin.flagsTitle')}</h2>
      <p>{t('checkin.flagsIntro')}</p>
      {redFlags().map((f) => (
        <RadioChoices
          key={f.id}
          label={f.question}
          value={answers[f.id] ?? null}
          options={[
            { value: true, label: t('checkin.yes') },
            { value: false, label: t('checkin.no') },
          ]}
          onChange={(value) => setAnswers((prev) => ({ ...prev, [f.id]: value }))}
        />
      ))}
      <label className="check">
        <input type="checkbox" checked={keep} onChange={(e) => setKeep(e.currentTarget.checked)} />
        {t('checkin.keepFlags')}
      </label>
      <div className="button-row">
        <button type="button" className="button primary" onClick={finish}>
          {t('checkin.flagsDone')}
        </button>
      </div>
    </section>
  );
}

const levels = [
  { level: 'urgent', text: 'urgent-care' },
  { level: 'same-day', text: 'same-day-care' },
] as const;

function Guidance({ flags, error }: { flags: RedFlag[]; error: string | null }) {
  const first = useRef<HTMLHeadingElement>(null);
  // Focus goes to the guidance so keyboard and screen-reader users land on it, not on the page body.
  useEffect(() => first.current?.focus(), []);
  const shown = levels.filter(({ level }) => flags.some((f) => f.level === level));
  return (
    <div className="stack red-flag-guidance" role="alert" data-testid="red-flag-guidance">
      {shown.map(({ level, text: kind }, i) => {
        const text = getSafetyText(kind);
        const mine = flags.filter((f) => f.level === level);
        return (
          <section
            key={level}
            className={`card flag-card ${level} alerting`}
            aria-labelledby={`guidance-${level}`}
          >
            <h2 id={`guidance-${level}`} ref={i === 0 ? first : undefined} tabIndex={-1}>
              {text?.title}
            </h2>
            <p className="flag-now">{mine[0]?.action}</p>
            <p>{t('checkin.guidanceBecause')}</p>
            <ul className="flags">
              {mine.map((f) => (
                <li key={f.id}>{f.symptom}</li>
              ))}
            </ul>
          </section>
        );
      })}
      <p>
        <a href={hrefOf('safety')}>{t('checkin.guidanceMore')}</a>
      </p>
      <FormStatus error={error} note={null} />
    </div>
  );
}
