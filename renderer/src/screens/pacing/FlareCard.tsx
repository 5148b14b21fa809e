/** Flare mode: one tap to lower today's targets and lean on the staples; one tap to step back up. */
import { useId, useState } from 'react';
import type { FlareView } from '../../../../shared/pacing/ipc';
import { api } from '../../api';
import { FormStatus, SelectField } from '../../components/form/Field';
import { getRoutine } from '../../content';
import { useMutation } from '../../hooks/useMutation';
import { t } from '../../i18n/t';
import { formatDay } from '../../lib/format';
import { hrefOf } from '../../lib/route';

const SHARES = [30, 40, 50, 60, 70];

export function FlareCard({ flare, onChange }: { flare: FlareView; onChange(): void }) {
  const id = useId();
  const [share, setShare] = useState(flare.defaults.sharePct);
  const action = useMutation();
  const set = (on: boolean) =>
    action.run(
      () => api().invoke('pacing.flare', on ? { on: true, sharePct: share } : { on: false }),
      () => {
        onChange();
        return null;
      },
    );
  const shares = SHARES.includes(flare.defaults.sharePct)
    ? SHARES
    : [...SHARES, flare.defaults.sharePct].sort((a, b) => a - b);
  const staples = flare.staples.map((r) => ({ id: r, title: getRoutine(r)?.title ?? r }));

  return (
    <section className="card stack" aria-labelledby={`${id}-title`} data-testid="flare-card">
      <h2 id={`${id}-title`}>{flare.active ? t('pacing.flare.onTitle') : t('pacing.flare.title')}</h2>
      {flare.active ? (
        <>
          <p data-testid="flare-status">
            {t('pacing.flare.onBody', { since: formatDay(flare.since ?? ''), pct: flare.sharePct ?? 0 })}
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={action.busy}
              onClick={() => void set(false)}
            >
              {t('pacing.flare.leave')}
            </button>
          </div>
          <p className="help">{t('pacing.flare.leaveHelp', { days: flare.defaults.returnDays })}</p>
        </>
      ) : (
        <>
          {flare.today.phase === 'return' && (
            <p data-testid="flare-status">
              {t('pacing.flare.returning', {
                day: flare.today.day,
                of: flare.today.of,
                pct: Math.round(flare.today.factor * 100),
              })}
            </p>
          )}
          <p>{t('pacing.flare.offBody')}</p>
          <SelectField
            label={t('pacing.flare.share')}
            value={share}
            options={shares.map((p) => ({ value: p, label: t('pacing.flare.shareOption', { pct: p }) }))}
            onChange={(pct) => setShare(pct)}
          />
          <div className="button-row">
            <button type="button" className="button" disabled={action.busy} onClick={() => void set(true)}>
              {t('pacing.flare.enter')}
            </button>
          </div>
        </>
      )}
      <h3>{t('pacing.flare.staples')}</h3>
      {staples.length === 0 ? (
        <p className="help">{t('pacing.flare.noStaples')}</p>
      ) : (
        <ul>
          {staples.map((r) => (
            <li key={r.id}>
              <a href={hrefOf('routines', r.id)}>{r.title}</a>
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={hrefOf('safety')}>{t('pacing.flare.planLink')}</a>
      </p>
      <FormStatus error={action.error?.message} note={null} />
    </section>
  );
}
