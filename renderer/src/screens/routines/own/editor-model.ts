/**
 * The routine editor's form state and how it becomes a request. Numbers stay text while typed (the
 * person may clear a field); main checks the whole routine again before saving it.
 */
import { routineDurationSec, SNACK_MAX_SEC } from '../../../../../shared/content/duration';
import { asPlayable } from '../../../../../shared/content/own-routines';
import type { PoseName } from '../../../../../shared/content/poses';
import type { Placement, Side } from '../../../../../shared/content/schema';
import type { OwnRoutine, OwnRoutineDraft } from '../../../../../shared/content/user-routine';

export interface StepForm {
  /** Stable key for the list while steps are added, moved and removed. */
  key: number;
  instruction: string;
  dose: 'seconds' | 'reps';
  amount: string;
  side: Side;
  pose: PoseName | '';
}

export interface EditorForm {
  name: string;
  place: Placement;
  steps: StepForm[];
}

let nextKey = 1;
export const blankStep = (): StepForm => ({
  key: nextKey++,
  instruction: '',
  dose: 'seconds',
  amount: '30',
  side: 'none',
  pose: '',
});

export function formOf(own: OwnRoutine | null): EditorForm {
  if (!own) return { name: '', place: 'desk', steps: [blankStep()] };
  return {
    name: own.routine.name,
    place: own.routine.place,
    steps: own.routine.steps.map((s) => ({
      key: nextKey++,
      instruction: s.instruction,
      dose: s.seconds !== undefined ? 'seconds' : 'reps',
      amount: String(s.seconds ?? s.reps ?? ''),
      side: s.side,
      pose: s.pose ?? '',
    })),
  };
}

/** The request body; amounts that are not whole numbers go as NaN, which main refuses with its words. */
export function draftOf(form: EditorForm): OwnRoutineDraft {
  return {
    name: form.name,
    place: form.place,
    steps: form.steps.map((s) => {
      const amount = s.amount.trim() === '' ? Number.NaN : Number(s.amount);
      return {
        instruction: s.instruction,
        ...(s.dose === 'seconds' ? { seconds: amount } : { reps: amount }),
        side: s.side,
        pose: s.pose === '' ? null : s.pose,
      };
    }),
  };
}

export type SnackFit = 'fits' | 'too-long' | 'floor';

/** Whether the routine as typed would be snack-sized (so it can come up in prompts). */
export function snackFit(form: EditorForm): { fit: SnackFit; seconds: number } {
  const playable = asPlayable({ id: 'user-draft00', routine: draftOf(form) });
  const seconds = routineDurationSec(playable);
  if (form.place === 'floor') return { fit: 'floor', seconds };
  return { fit: Number.isFinite(seconds) && seconds <= SNACK_MAX_SEC ? 'fits' : 'too-long', seconds };
}
