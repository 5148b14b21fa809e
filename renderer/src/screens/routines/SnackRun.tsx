/** A movement snack started from Today: tells main it began, guides it, and records it when done. */
import { useEffect, useRef, useState } from 'react';
import { GuidedPlayer } from '../../components/GuidedPlayer';
import { ScreenHeader } from '../../components/ScreenHeader';
import { Loading } from '../../components/States';
import { useApp } from '../../context';
import { t } from '../../i18n/t';
import { hrefOf } from '../../lib/route';
import type { PlayableRoutine } from '../../player/plan';

export function SnackRun({ routine }: { routine: PlayableRoutine }) {
  const { live, settings } = useApp();
  const started = useRef(false);
  const [ready, setReady] = useState(live.snapshot?.snack !== null && live.snapshot?.snack !== undefined);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (started.current || ready) return;
    started.current = true;
    live.act({ action: 'snack-start', routineId: routine.id }).then((r) => setReady(r !== null));
  }, [live, ready, routine.id]);

  const finish = async (action: 'snack-done' | 'snack-stop') => {
    setBusy(true);
    const r = await live.act(action === 'snack-done' ? { action, routineId: routine.id } : { action });
    setBusy(false);
    if (r) window.location.hash = hrefOf('today');
  };

  return (
    <div className="stack">
      <ScreenHeader title={t('routines.snackTitle', { title: routine.title })} intro={routine.summary} />
      {live.actionError && (
        <div className="notice error" role="alert">
          <p>{live.actionError.message}</p>
          <a className="button small" href={hrefOf('today')}>
            {t('routines.backToToday')}
          </a>
        </div>
      )}
      {ready ? (
        <GuidedPlayer
          routine={routine}
          sound={settings.sound}
          autoStart
          busy={busy}
          onDone={() => finish('snack-done')}
          onStop={() => finish('snack-stop')}
        />
      ) : (
        !live.actionError && <Loading label={t('routines.snackStarting')} />
      )}
    </div>
  );
}
