/** The weekly questions: PEG-3, up to 3 personal activities (PSFS), stiffness, sleep, confidence, a note. */
import { type FormEvent, useState } from 'react';
import type { PacingResponses } from '../../../../shared/pacing/ipc';
import { api } from '../../api';
import { FormStatus, Group, TextField } from '../../components/form/Field';
import { useMutation } from '../../hooks/useMutation';
import { errorSummary, fieldError, numberOf } from '../../lib/formInput';
import { t } from '../../strings/format';
import { checkinText as s } from '../../strings/pacing';

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
        return s.saved;
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
    <form noValidate className="card stack" onSubmit={submit} aria-label={s.title}>
      <Group label={s.peg.legend}>
        {score('pain', 'peg.pain', s.peg.pain)}
        {score('enjoyment', 'peg.enjoyment', s.peg.enjoyment)}
        {score('activity', 'peg.activity', s.peg.activity)}
      </Group>
      <Group label={s.activities.legend} help={s.activities.help} error={err('activities')}>
        {ROWS.map((i) => (
          <div className="inline-fields" key={i}>
            <TextField
              label={t(s.activities.name, { n: i + 1 })}
              value={names[i] ?? ''}
              error={err(`activities.${i}.name`)}
              onChange={setAt(setNames, i)}
            />
            <TextField
              label={t(s.activities.score, { n: i + 1 })}
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
      {score('stiffness', 'stiffness', s.stiffness)}
      {score('sleep', 'sleep', s.sleep)}
      {score('confidence', 'confidence', s.confidence)}
      <TextField label={s.note} rows={3} value={note} error={err('note')} onChange={setNote} />
      <div className="button-row">
        <button type="submit" className="button primary" disabled={saving.busy}>
          {s.submit}
        </button>
      </div>
      <FormStatus error={errorSummary(saving.error)} note={null} />
    </form>
  );
}
