/** The weekly questions: PEG-3, up to 3 personal activities (PSFS), stiffness, sleep, confidence, a note. */
import { type FormEvent, useState } from 'react';
import type { PacingResponses } from '../../../../shared/pacing/ipc';
import { api } from '../../api';
import { FormStatus, Group, TextField } from '../../components/form/Field';
import { useMutation } from '../../hooks/useMutation';
import { t } from '../../i18n/t';
import { errorSummary, fieldError, numberOf } from '../../lib/formInput';

type Submitted = PacingResponses['checkin.submit'];
type Score = 'pain' | 'enjoyment' | 'activity' | 'stiffness' | 'sleep' | 'confidence';
const ROWS = [0, 1, 2] as const;

export function CheckinForm({
  lastActivities,
  onSaved,
}: {
  lastActivities: string[];
  onSaved(r: Submitted): void;
}) {
  const [scores, setScores] = useState<Record<Score, string>>({
    pain: '',
    enjoyment: '',
    activity: '',
    stiffness: '',
    sleep: '',
    confidence: '',
  });
  const [names, setNames] = useState(ROWS.map((i) => lastActivities[i] ?? ''));
  const [ratings, setRatings] = useState(ROWS.map(() => ''));
  const [note, setNote] = useState('');
  const saving = useMutation();
  const err = (path: string) => fieldError(saving.error, path);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // A row counts when either box is filled, so a name without a score (or the reverse) gets a message.
    const activities = ROWS.map((i) => ({ name: names[i] ?? '', rating: ratings[i] ?? '' }))
      .filter((a) => a.name.trim() !== '' || a.rating.trim() !== '')
      .map((a) => ({ name: a.name, score: numberOf(a.rating) }));
    void saving.run(
      () =>
        api().invoke('checkin.submit', {
          peg: {
            pain: numberOf(scores.pain),
            enjoyment: numberOf(scores.enjoyment),
            activity: numberOf(scores.activity),
          },
          activities,
          stiffness: numberOf(scores.stiffness),
          sleep: numberOf(scores.sleep),
          confidence: numberOf(scores.confidence),
          note,
        }),
      (r) => {
        onSaved(r);
        return t('checkin.saved');
      },
    );
  };

  const score = (key: Score, path: string, label: string) => (
    <TextField
      label={label}
      type="number"
      min={0}
      max={10}
      value={scores[key]}
      error={err(path)}
      onChange={(value) => setScores((prev) => ({ ...prev, [key]: value }))}
    />
  );
  const setAt = (set: typeof setNames, i: number) => (value: string) =>
    set((prev) => prev.map((p, j) => (j === i ? value : p)));

  return (
    <form noValidate className="card stack" onSubmit={submit} aria-label={t('checkin.title')}>
      <Group label={t('checkin.peg.legend')}>
        {score('pain', 'peg.pain', t('checkin.peg.pain'))}
        {score('enjoyment', 'peg.enjoyment', t('checkin.peg.enjoyment'))}
        {score('activity', 'peg.activity', t('checkin.peg.activity'))}
      </Group>
      <Group
        label={t('checkin.activities.legend')}
        help={t('checkin.activities.help')}
        error={err('activities')}
      >
        {ROWS.map((i) => (
          <div className="inline-fields" key={i}>
            <TextField
              label={t('checkin.activities.name', { n: i + 1 })}
              value={names[i] ?? ''}
              error={err(`activities.${i}.name`)}
              onChange={setAt(setNames, i)}
            />
            <TextField
              label={t('checkin.activities.score', { n: i + 1 })}
              type="number"
              min={0}
              max={10}
              value={ratings[i] ?? ''}
              error={err(`activities.${i}.score`)}
              onChange={setAt(setRatings, i)}
            />
          </div>
        ))}
      </Group>
      {score('stiffness', 'stiffness', t('checkin.stiffness'))}
      {score('sleep', 'sleep', t('checkin.sleep'))}
      {score('confidence', 'confidence', t('checkin.confidence'))}
      <TextField label={t('checkin.note')} rows={3} value={note} error={err('note')} onChange={setNote} />
      <div className="button-row">
        <button type="submit" className="button primary" disabled={saving.busy}>
          {t('checkin.submit')}
        </button>
      </div>
      <FormStatus error={errorSummary(saving.error)} note={null} />
    </form>
  );
}
