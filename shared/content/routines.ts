/** All routines, and lookups over them. Order here is display order; selection sorts by id. */
import { deskRoutines } from './routines-desk';
import { floorRoutines } from './routines-floor';
import { standingRoutines } from './routines-standing';
import type { Effort, Placement, PromptKind, Routine, RoutineCategory } from './schema';

export const routines: readonly Routine[] = [...deskRoutines, ...standingRoutines, ...floorRoutines];

export function getRoutine(id: string): Routine | undefined {
  return routines.find((r) => r.id === id);
}

export interface RoutineFilter {
  category?: RoutineCategory;
  placement?: Placement;
  snack?: boolean;
  staple?: boolean;
  effort?: Effort;
  /** Only snacks that suit this prompt kind. */
  prompt?: PromptKind;
}

/** Routines matching every field given; an empty filter returns them all. */
export function routinesBy(filter: RoutineFilter = {}, from: readonly Routine[] = routines): Routine[] {
  return from.filter(
    (r) =>
      (filter.category === undefined || r.category === filter.category) &&
      (filter.placement === undefined || r.placement === filter.placement) &&
      (filter.snack === undefined || r.snack === filter.snack) &&
      (filter.staple === undefined || r.staple === filter.staple) &&
      (filter.effort === undefined || r.effort === filter.effort) &&
      (filter.prompt === undefined || r.prompts.includes(filter.prompt)),
  );
}
