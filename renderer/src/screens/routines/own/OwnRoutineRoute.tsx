/** `#/routines/new`, and `#/routines/user-…[/play|/edit|/snack]`: one of a person's own routines. */

import { ScreenHeader } from '../../../components/ScreenHeader';
import { EmptyState, ErrorState, Loading } from '../../../components/States';
import { t } from '../../../i18n/t';
import { hrefOf } from '../../../lib/route';
import { SnackRun } from '../SnackRun';
import { OwnRoutineEditor } from './OwnRoutineEditor';
import { OwnRoutineView } from './OwnRoutineView';
import { useOwnRoutines } from './useOwnRoutines';

export function OwnRoutineRoute({ id, mode }: { id: string; mode: string | undefined }) {
  const loaded = useOwnRoutines(`${id}/${mode ?? ''}`);
  const { state } = loaded;
  if (id === 'new') return <OwnRoutineEditor own={null} />;
  if (state.status === 'error') return <ErrorState error={state.error} onRetry={loaded.reload} />;
  if (state.value === null) return <Loading label={t('routines.own.loading')} />;
  const entry = state.value.find((x) => x.own.id === id);
  if (!entry) {
    return (
      <div className="stack">
        <ScreenHeader title={t('routines.title')} />
        <EmptyState title={t('routines.own.notFound')}>
          <a href={hrefOf('routines')}>{t('routines.back')}</a>
        </EmptyState>
      </div>
    );
  }
  if (mode === 'edit') return <OwnRoutineEditor key={id} own={entry.own} />;
  if (mode === 'snack') return <SnackRun routine={entry.playable} />;
  return <OwnRoutineView entry={entry} play={mode === 'play'} />;
}
