/** The routine library: all routines grouped by where they are done, or filtered (low-energy, my staples). */

import { StepFigure } from '../../components/figure/StepFigure';
import { ScreenHeader } from '../../components/ScreenHeader';
import { EmptyState } from '../../components/States';
import { type Routine, routineDurationSec, routines } from '../../content';
import { useApp } from '../../context';
import { msgKey, t } from '../../i18n/t';
import { formatLength } from '../../lib/format';
import { hrefOf } from '../../lib/route';
import { OwnRoutinesSection } from './own/OwnRoutinesSection';

const filters = ['all', 'desk', 'standing', 'floor', 'low-energy', 'staples'] as const;
type Filter = (typeof filters)[number];
const placements = ['desk', 'standing', 'floor'] as const;
const isFilter = (f: string | null): f is Filter => f !== null && (filters as readonly string[]).includes(f);

function matches(r: Routine, filter: Filter, staples: ReadonlySet<string>): boolean {
  if (filter === 'all') return true;
  if (filter === 'staples') return staples.has(r.id);
  if (filter === 'low-energy') return r.staple;
  return r.placement === filter;
}

export function RoutineLibrary({ filter }: { filter: string | null }) {
  const { settings } = useApp();
  const active: Filter = isFilter(filter) ? filter : 'all';
  const staples = new Set(settings.staples);
  const shown = routines().filter((r) => matches(r, active, staples));
  const sections =
    active === 'all'
      ? placements.map((p) => ({
          key: p,
          title: t(msgKey('routines.filters', p)),
          items: shown.filter((r) => r.placement === p),
        }))
      : [{ key: active, title: null, items: shown }];

  return (
    <div className="stack">
      <ScreenHeader title={t('routines.title')} intro={t('routines.intro')} />
      <nav aria-label={t('routines.filterLabel')}>
        <ul className="tabs wrap">
          {filters.map((f) => (
            <li key={f}>
              <a
                href={f === 'all' ? hrefOf('routines') : hrefOf('routines', 'filter', f)}
                aria-current={active === f ? 'page' : undefined}
              >
                {t(msgKey('routines.filters', f))}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {active === 'all' && <OwnRoutinesSection />}
      {shown.length === 0 ? (
        <div className="card">
          <EmptyState title={t('routines.noneTitle')}>
            {active === 'staples' && <p>{t('routines.noStaples')}</p>}
          </EmptyState>
        </div>
      ) : (
        sections.map((section) => (
          <section
            key={section.key}
            aria-label={section.title ?? t(msgKey('routines.filters', active))}
            className="stack"
          >
            {section.title && <h2>{section.title}</h2>}
            <ul className="grid routine-grid">
              {section.items.map((r) => (
                <RoutineCard
                  key={r.id}
                  routine={r}
                  mine={staples.has(r.id)}
                  heading={section.title ? 'h3' : 'h2'}
                />
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}

function RoutineCard({
  routine,
  mine,
  heading: H,
}: {
  routine: Routine;
  mine: boolean;
  heading: 'h2' | 'h3';
}) {
  const pose = routine.steps[0]?.poses?.[0];
  const first = pose ? [pose] : undefined;
  return (
    <li className="card routine-card" data-testid={`routine-${routine.id}`}>
      {first && <StepFigure className="card-figure" step={{ poses: first }} side="none" />}
      <H className="routine-title">
        <a href={hrefOf('routines', routine.id)}>{routine.title}</a>
      </H>
      <p>{routine.summary}</p>
      <p className="muted small">
        {t(msgKey('routines.categories', routine.category))} ·{' '}
        {t('routines.minutes', { duration: formatLength(routineDurationSec(routine)) })}
      </p>
      <div className="button-row">
        {routine.snack && <span className="badge">{t('routines.snackBadge')}</span>}
        {routine.staple && <span className="badge">{t('routines.stapleBadge')}</span>}
        {mine && <span className="badge accent">{t('routines.myStaple')}</span>}
      </div>
    </li>
  );
}
