/**
 * Routines: `#/routines` is the library, `#/routines/<id>` a routine, `#/routines/<id>/snack` a snack;
 * `#/routines/new` and ids starting "user-" are a person's own routines.
 */

import { ScreenHeader } from '../../components/ScreenHeader';
import { EmptyState } from '../../components/States';
import { getRoutine, USER_ROUTINE_PREFIX } from '../../content';
import { t } from '../../i18n/t';
import { hrefOf } from '../../lib/route';
import { OwnRoutineRoute } from './own/OwnRoutineRoute';
import { RoutineDetail } from './RoutineDetail';
import { RoutineLibrary } from './RoutineLibrary';
import { SnackRun } from './SnackRun';

export function RoutinesScreen({ rest }: { rest: string[] }) {
  const [id, mode] = rest;
  if (!id) return <RoutineLibrary filter={mode ?? null} />;
  if (id === 'filter') return <RoutineLibrary filter={mode ?? null} />;
  if (id === 'new' || id.startsWith(USER_ROUTINE_PREFIX)) return <OwnRoutineRoute id={id} mode={mode} />;
  const routine = getRoutine(id);
  if (!routine) {
    return (
      <div className="stack">
        <ScreenHeader title={t('routines.title')} />
        <EmptyState title={t('routines.notFound')}>
          <a href={hrefOf('routines')}>{t('routines.back')}</a>
        </EmptyState>
      </div>
    );
  }
  if (mode === 'snack') return <SnackRun routine={routine} />;
  return <RoutineDetail routine={routine} play={mode === 'play'} />;
}
