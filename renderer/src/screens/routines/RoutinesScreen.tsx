/** Routines: `#/routines` is the library, `#/routines/<id>` a routine, `#/routines/<id>/snack` a snack. */

import { ScreenHeader } from '../../components/ScreenHeader';
import { EmptyState } from '../../components/States';
import { getRoutine } from '../../content';
import { hrefOf } from '../../lib/route';
import { routinesText as s } from '../../strings/routines';
import { RoutineDetail } from './RoutineDetail';
import { RoutineLibrary } from './RoutineLibrary';
import { SnackRun } from './SnackRun';

export function RoutinesScreen({ rest }: { rest: string[] }) {
  const [id, mode] = rest;
  if (!id) return <RoutineLibrary filter={mode ?? null} />;
  if (id === 'filter') return <RoutineLibrary filter={mode ?? null} />;
  const routine = getRoutine(id);
  if (!routine) {
    return (
      <div className="stack">
        <ScreenHeader title={s.title} />
        <EmptyState title={s.notFound}>
          <a href={hrefOf('routines')}>{s.back}</a>
        </EmptyState>
      </div>
    );
  }
  if (mode === 'snack') return <SnackRun routine={routine} />;
  return <RoutineDetail routine={routine} play={mode === 'play'} />;
}
