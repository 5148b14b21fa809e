/**
 * The new-goal form as one model: what the person has typed (all text, as the inputs hold it), the
 * changes they can make, and the request it becomes. Pure, so the form's rules are unit tested: an
 * example replaces the whole form (nothing left from before), and a created goal leaves a fresh form.
 */

import type { RequestOf } from '../../../../shared/ipc';
import type { Cadence, GoalFields, Metric, Progression } from '../../../../shared/pacing/goal';
import { metricInfo } from '../../../../shared/pacing/goal';
import { numberOf } from '../../lib/formInput';

export type CadenceKind = Cadence['kind'];
export type Mode = Progression['mode'];
export const cadenceKinds: readonly CadenceKind[] = ['daily', 'every-other-day', 'weekdays', 'per-week'];
export const modes: readonly Mode[] = ['percent', 'step', 'hold'];

export interface SessionDraft {
  minutes: string;
  date: string;
}

export interface GoalDraft {
  name: string;
  metric: Metric;
  kind: CadenceKind;
  days: number[];
  times: string;
  mode: Mode;
  pct: string;
  step: string;
  aim: string;
  sessions: SessionDraft[];
}

export const emptyDraft: GoalDraft = {
  name: '',
  metric: 'session-min',
  kind: 'every-other-day',
  days: [1, 2, 3, 4, 5],
  times: '3',
  mode: 'percent',
  pct: '10',
  step: '1',
  aim: '',
  sessions: [0, 1, 2].map(() => ({ minutes: '', date: '' })),
};

type Scalar = Exclude<keyof GoalDraft, 'sessions'>;

export type DraftAction =
  | { [K in Scalar]: { type: 'set'; field: K; value: GoalDraft[K] } }[Scalar]
  | { type: 'session'; index: number; part: keyof SessionDraft; value: string }
  | { type: 'example'; fields: GoalFields }
  | { type: 'reset' };

/** A draft filled from an example: the example's fields over a fresh form. */
export function draftOf(f: GoalFields): GoalDraft {
  return {
    ...emptyDraft,
    name: f.name,
    metric: f.metric,
    kind: f.cadence.kind,
    days: f.cadence.kind === 'weekdays' ? [...f.cadence.days] : emptyDraft.days,
    times: f.cadence.kind === 'per-week' ? String(f.cadence.times) : emptyDraft.times,
    mode: f.progression.mode,
    pct: f.progression.mode === 'percent' ? String(f.progression.pct) : emptyDraft.pct,
    step: f.progression.mode === 'step' ? String(f.progression.step) : emptyDraft.step,
    aim: f.aim === null ? '' : String(f.aim),
  };
}

export function goalDraftReducer(draft: GoalDraft, action: DraftAction): GoalDraft {
  switch (action.type) {
    case 'set':
      return { ...draft, [action.field]: action.value };
    case 'session':
      return {
        ...draft,
        sessions: draft.sessions.map((s, i) =>
          i === action.index ? { ...s, [action.part]: action.value } : s,
        ),
      };
    case 'example':
      return draftOf(action.fields);
    case 'reset':
      return emptyDraft;
  }
}

/** Whether the goal is logged by hand (and so takes recent sessions). */
export const isManual = (draft: GoalDraft) => metricInfo[draft.metric].kind === 'manual';

/** The request the draft becomes; main validates it and answers with issues per path. */
export function createRequestOf(draft: GoalDraft): RequestOf<'pacing.createGoal'> {
  const cadence: Cadence =
    draft.kind === 'weekdays'
      ? { kind: 'weekdays', days: draft.days }
      : draft.kind === 'per-week'
        ? { kind: 'per-week', times: numberOf(draft.times) }
        : { kind: draft.kind };
  const progression: Progression =
    draft.mode === 'percent'
      ? { mode: 'percent', pct: numberOf(draft.pct) }
      : draft.mode === 'step'
        ? { mode: 'step', step: numberOf(draft.step) }
        : { mode: 'hold' };
  const sessions = isManual(draft)
    ? draft.sessions
        .filter((x) => x.minutes.trim() !== '')
        .map((x) => ({ minutes: numberOf(x.minutes), ...(x.date ? { date: x.date } : {}) }))
    : [];
  return {
    fields: {
      name: draft.name,
      metric: draft.metric,
      cadence,
      progression,
      aim: draft.aim.trim() ? numberOf(draft.aim) : null,
    },
    sessions,
  };
}
