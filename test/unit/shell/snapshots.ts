import type { ActivePrompt, EngineSnapshot } from '../../../shared/snapshot';

export const T0 = Date.UTC(2026, 10, 23, 9, 0, 0); // Monday 23 Nov 2026, 09:00 UTC
export const MIN = 60_000;

/** Sitting for 23 min, a stand prompt due in 7 min: the everyday status line. */
export function sitting(overrides: Partial<EngineSnapshot> = {}): EngineSnapshot {
  return {
    at: T0,
    presence: 'present',
    awayReason: null,
    posture: 'sitting',
    boutStartedAt: T0 - 23 * MIN,
    boutMin: 23,
    nextPrompt: { kind: 'stand', dueAt: T0 + 7 * MIN },
    activePrompt: null,
    pausedUntil: null,
    outsideWorkingHours: false,
    snack: null,
    snoozedUntil: null,
    askPosture: false,
    context: [],
    promptsToday: { count: 0, cap: 24 },
    skippedInRow: null,
    headsUp: null,
    ...overrides,
  };
}

export function prompt(overrides: Partial<ActivePrompt> = {}): ActivePrompt {
  return {
    id: 'p-1',
    kind: 'stand',
    state: 'shown',
    dueAt: T0,
    snoozesLeft: 2,
    catchUp: false,
    routineId: 'desk-reset',
    heldFor: null,
    beforeEventAt: null,
    snoozeMin: 5,
    ...overrides,
  };
}
