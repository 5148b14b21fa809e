/** My plan: the user's words (PlanStore) beside the goals, flare mode and review dates of the pacing log. */
import type { MyPlanView } from '../../../shared/plan/ipc';
import { sinceReview } from '../../../shared/plan/review';
import type { PlanPatch } from '../../../shared/plan/words';
import type { PacingFeature } from '../pacing';
import type { PlanStore } from './store';

export interface PlanService {
  view(): MyPlanView;
  update(patch: PlanPatch): MyPlanView;
}

export function createPlanService(deps: { store: PlanStore; pacing: PacingFeature }): PlanService {
  const { store, pacing } = deps;
  function view(): MyPlanView {
    const state = pacing.ledger.state;
    const pacingView = pacing.goals.view();
    const trends = pacing.checkins.trends();
    return {
      words: store.words(),
      updatedAt: store.updatedAt(),
      pacing: pacingView,
      review: { ...trends.review, last: state.reviews[state.reviews.length - 1] ?? null },
      sinceReview: sinceReview(pacingView.goals, state.flares, trends.points, state.reviews),
    };
  }
  return {
    view,
    update(patch) {
      store.update(patch);
      return view();
    },
  };
}

export { PlanStore } from './store';
