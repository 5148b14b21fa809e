/** Logging a session of a manual goal: minutes, the date (today unless changed), symptoms before/after and a note. */
import { type FormEvent, useState } from 'react';
import { api } from '../../api';
import { FormStatus, TextField } from '../../components/form/Field';
import { useMutation } from '../../hooks/useMutation';
import { t } from '../../i18n/t';
import { errorSummary, fieldError, numberOf, ratingOf } from '../../lib/formInput';

export function LogForm({ goalId, today, onLogged }: { goalId: string; today?: string; onLogged(): void }) {
  const blank = { minutes: '', date: today ?? '', before: '', after: '', note: '' };
  const [v, setV] = useState(blank);
  const [soreness, setSoreness] = useState(false);
  const logging = useMutation();
  const set = (k: keyof typeof blank) => (value: string) => setV((prev) => ({ ...prev, [k]: value }));
  const err = (path: string) => fieldError(logging.error, path);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSoreness(false);
    void logging.run(
      () =>
        api().invoke('pacing.logSession', {
          goalId,
          minutes: numberOf(v.minutes),
          ...(v.date ? { date: v.date } : {}),
          before: ratingOf(v.before),
          after: ratingOf(v.after),
          note: v.note,
        }),
      (res) => {
        setSoreness(res.sorenessNote);
        setV(blank);
        onLogged();
        return t('pacing.log.saved', { minutes: res.session.minutes });
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} aria-label={t('pacing.log.title')} className="stack">
      <h4>{t('pacing.log.title')}</h4>
      <div className="inline-fields">
        <TextField
          label={t('pacing.log.minutes')}
          type="number"
          value={v.minutes}
          error={err('minutes')}
          onChange={set('minutes')}
        />
        <TextField
          label={t('pacing.log.date')}
          type="date"
          value={v.date}
          error={err('date')}
          onChange={set('date')}
        />
        <TextField
          label={t('pacing.log.before')}
          type="number"
          value={v.before}
          error={err('before')}
          onChange={set('before')}
        />
        <TextField
          label={t('pacing.log.after')}
          type="number"
          value={v.after}
          error={err('after')}
          onChange={set('after')}
        />
      </div>
      <TextField label={t('pacing.log.note')} value={v.note} error={err('note')} onChange={set('note')} />
      <div className="button-row">
        <button type="submit" className="button primary" disabled={logging.busy}>
          {t('pacing.log.submit')}
        </button>
      </div>
      <FormStatus error={errorSummary(logging.error)} note={logging.note} />
      {soreness && (
        <p className="notice" data-testid="soreness-note">
          {t('pacing.log.soreness')}
        </p>
      )}
    </form>
  );
}
