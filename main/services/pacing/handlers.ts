/**
 * Handlers for the pacing and check-in channels, keyed by channel name, receiving requests already
 * validated against `pacingChannels`. Spread them into the app's handler table, which adds none of its own.
 */
import type { PacingChannel, PacingRequestOf, PacingResponses } from '../../../shared/pacing/ipc';
import type { CheckinService } from './checkins';
import type { GoalsService } from './goals';

export type PacingHandlers = {
  [C in PacingChannel]: (request: PacingRequestOf<C>) => PacingResponses[C];
};

/** `flareChanged` runs after flare-up mode was entered or left (the tray shows it). */
export function pacingHandlers(
  goals: GoalsService,
  checkins: CheckinService,
  flareChanged: () => void,
): PacingHandlers {
  return {
    'pacing.get': () => goals.view(),
    'pacing.createGoal': (req) => goals.createGoal(req),
    'pacing.updateGoal': (req) => goals.updateGoal(req),
    'pacing.deleteGoal': (req) => goals.deleteGoal(req),
    'pacing.logSession': (req) => goals.logSession(req),
    'pacing.flare': (req) => {
      const view = goals.setFlare(req);
      flareChanged();
      return view;
    },
    'checkin.get': () => checkins.status(),
    'checkin.submit': (req) => checkins.submit(req),
    'checkin.snooze': (req) => checkins.snooze(req.minutes),
    'checkin.guidanceShown': (req) => checkins.guidanceShown(req?.flags),
    'checkin.trends': () => checkins.trends(),
    'checkin.reviewed': () => checkins.reviewed(),
    'checkin.dismissPlateau': (req) => checkins.dismissPlateau(req.week),
  };
}
