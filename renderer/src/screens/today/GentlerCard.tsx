/**
 * Today's suggestion after the same prompt was skipped 3 times in a row (snapshot.skippedInRow): a gentler
 * schedule, offered, never applied without the user's confirmation — or the schedule settings to choose
 * another. Changing the schedule ends the streak in the engine, so the card goes away by itself.
 */
import { useState } from 'react';
import type { Schedule } from '../../../../shared/settings';
import { useApp } from '../../context';
import { useMutation } from '../../hooks/useMutation';
import { msgKey, t } from '../../i18n/t';
import { gentlerSchedule } from '../../lib/gentlerSchedule';
import { hrefOf } from '../../lib/route';

function scheduleText(x: Schedule): string {
  const vars = { sit: x.sitMin, stand: x.standMin, move: x.moveMin };
  return x.standMin === 0 ? t('today.gentler.scheduleNoStand', vars) : t('today.gentler.schedule', vars);
}

export function GentlerCard() {
  const { live, settings, saveSettings } = useApp();
  const streak = live.snapshot?.skippedInRow ?? null;
  const [confirming, setConfirming] = useState(false);
  /** The streak the user said "not now" to (a longer streak asks again). */
  const [dismissed, setDismissed] = useState<string | null>(null);
  const mutation = useMutation();
  if (streak === null || streak.count < 3) return null;
  const key = `${streak.kind}:${streak.count}`;
  if (dismissed === key) return null;
  const offer = gentlerSchedule(settings);
  return (
    <aside className="card" aria-labelledby="gentler-title" data-testid="gentler-card">
      <h2 id="gentler-title">{t('today.gentler.title')}</h2>
      <p>{t('today.gentler.body', { n: streak.count, kind: t(msgKey('today.nextWhat', streak.kind)) })}</p>
      <p className="muted">{t('today.gentler.why')}</p>
      {offer ? <p>{t('today.gentler.offer', { schedule: scheduleText(offer.to) })}</p> : null}
      {confirming && offer ? (
        <div>
          <p>{t('today.gentler.confirm', { from: scheduleText(offer.from), to: scheduleText(offer.to) })}</p>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={mutation.busy}
              onClick={() => {
                void mutation
                  .run(() => saveSettings(offer.patch))
                  .then((outcome) => {
                    if (outcome.ok) setConfirming(false);
                  });
              }}
            >
              {t('today.gentler.yes')}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('today.gentler.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div className="button-row">
          {offer ? (
            <button type="button" className="button primary" onClick={() => setConfirming(true)}>
              {t('today.gentler.use')}
            </button>
          ) : null}
          <a className="button" href={hrefOf('settings')}>
            {t('today.gentler.settings')}
          </a>
          <button type="button" className="button" onClick={() => setDismissed(key)}>
            {t('today.gentler.notNow')}
          </button>
        </div>
      )}
      {mutation.error ? (
        <p className="field-error" role="alert">
          {t('today.gentler.failed', { message: mutation.error.message })}
        </p>
      ) : null}
    </aside>
  );
}
