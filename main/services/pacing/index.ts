/**
 * The pacing feature for the app: one call that builds the services on a record store and the storage
 * services, and returns the IPC handlers plus what the tray needs (flare on/off, check-in status).
 */
import type { Settings } from '../../../shared/settings';
import type { DayOptions } from '../../../shared/time';
import { CheckinService } from './checkins';
import { GoalsService } from './goals';
import { type PacingHandlers, pacingHandlers } from './handlers';
import { PacingLedger, type PacingRecordStore } from './ledger';
import { type MeasuredDeps, measuredSourceOf } from './measured-source';

export interface PacingFeatureDeps extends MeasuredDeps {
  store: PacingRecordStore;
  now: () => number;
  dayOptions: () => DayOptions;
  settings: () => Settings;
  /** Called after flare-up mode was entered or left through the pacing channels. */
  flareChanged?: () => void;
}

export interface PacingFeature {
  handlers: PacingHandlers;
  goals: GoalsService;
  checkins: CheckinService;
  ledger: PacingLedger;
}

export function createPacing(deps: PacingFeatureDeps): PacingFeature {
  const ledger = new PacingLedger(deps.store);
  const common = { ledger, now: deps.now, dayOptions: deps.dayOptions, settings: deps.settings };
  const goals = new GoalsService({ ...common, measured: measuredSourceOf(deps) });
  const checkins = new CheckinService({
    ...common,
    summaries: (from, to) => deps.range(from, to),
    goals: () => goals.view().goals,
  });
  const flareChanged = deps.flareChanged ?? (() => {});
  return { handlers: pacingHandlers(goals, checkins, flareChanged), goals, checkins, ledger };
}

export { CheckinService } from './checkins';
export { GoalsService } from './goals';
export { type PacingHandlers, pacingHandlers } from './handlers';
export { MemoryPacingStore, PacingLedger, type PacingRecordStore } from './ledger';
export { type MeasuredSource, measuredSourceOf } from './measured-source';
