/**
 * Handlers for the pacing and check-in channels, keyed by channel name, receiving requests already
 * validated against `pacingRequestSchemas`. Spread them into the app's handler table.
 */
import type { PacingChannel, PacingRequestOf, PacingResponses } from '../../../shared/pacing/ipc';
import type { CheckinService } from './checkins';
import type { GoalsService } from './goals';

export type PacingHandlers = {
  [C in PacingChannel]: (request: PacingRequestOf<C>) => PacingResponses[C];
};

export function pacingHandlers(goals: GoalsService, checkins: CheckinService): PacingHandlers {
  return {
    'pacing.get': () => goals.view(),
    'pacing.createGoal': (req) => goals.createGoal(req),
    'pacing.updateGoal': (req) => goals.updateGoal(req),
    'pacing.deleteGoal': (req) => goals.deleteGoal(req),
    'pacing.logSession': (req) => goals.logSession(req),
    'pacing.flare': (req) => goals.setFlare(req),
    'checkin.get': () => checkins.status(),
    'checkin.submit': (req) => checkins.submit(req),
    'checkin.snooze': (req) => checkins.snooze(req.minutes),
    'checkin.guidanceShown': (req) => checkins.guidanceShown(req?.flags),
    'checkin.trends': () => checkins.trends(),
    'checkin.reviewed': () => checkins.reviewed(),
    'checkin.dismissPlateau': (req) => checkins.dismissPlateau(req.week),
  };
}
