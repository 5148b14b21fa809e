/** The My plan channels: request schemas and the view, merged into the contract in shared/ipc.ts. */
import { z } from 'zod';
import { invoke } from '../ipc-spec';
import type { PacingView } from '../pacing/ipc';
import type { Trends } from '../pacing/trends';
import type { SinceReview } from './review';
import { type PlanWords, planPatchSchema } from './words';

export interface MyPlanView {
  words: PlanWords;
  /** When the words were last saved (epoch ms); null before the first save. */
  updatedAt: number | null;
  /** Goals, their plans and flare mode: the Pacing screen's view. */
  pacing: PacingView;
  review: Trends['review'] & { last: string | null };
  sinceReview: SinceReview | null;
}

export const planChannels = {
  'plan.get': invoke<MyPlanView>()(z.undefined()),
  'plan.update': invoke<MyPlanView>()(planPatchSchema),
} as const;
