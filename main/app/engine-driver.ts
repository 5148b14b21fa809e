/**
 * Drives the pure engine with the platform: one timer at the engine's requested wake-up, an idle sample
 * (and, only while a prompt is due or held, the moment's reasons: call, DND, fullscreen, a listed app) at
 * each wake, power events as they come, the calendar's busy times when they change,
 * user actions from IPC. Every step's events go to the journal before anyone is told of the new state.
 *
 * Journal first: a user action's events are saved before its step stands; when they cannot be, the engine
 * goes back to the state before the action and the action is refused with the reason. An observation's
 * events (idle samples, power, time zone) that cannot be saved wait in the save queue and are written in
 * order when the disk works again; tracking goes on meanwhile. The wake-up timer is re-armed after every
 * step, whatever happened, and brought forward to the save queue's next retry.
 */
import type { EngineEvent } from '../../shared/events';
import type { UserAction } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';
import type { EngineSnapshot } from '../../shared/snapshot';
import {
  createEngine,
  type Engine,
  type EngineInput,
  observationsOf,
  restoreFromEvents,
  type SuggestRoutine,
} from '../engine';
import type { BusySpan } from '../engine/types';
import { UserFacingError } from '../errors';
import type { Cancel, Platform } from '../ports';
import { momentReasons } from './moment-probe';
import { type SaveQueue, SaveRefusedError } from './save-queue';

const RETRY_AFTER_ERROR_MS = 60_000;

/** An engine input without its time: the driver stamps it from the clock. */
type InputBody = EngineInput extends infer I ? (I extends unknown ? Omit<I, 'at' | 'wall'> : never) : never;

export interface EngineDriverDeps {
  platform: Platform;
  settings: () => Settings;
  /** Today's engine events (the current month), to restore the bout after a restart. */
  restoreEvents: () => EngineEvent[];
  /** Where the step's events go (the journal, through the save queue). */
  saves: SaveQueue;
  suggestRoutine: SuggestRoutine;
  onStep: (snapshot: EngineSnapshot) => void;
  /** Idle detection turned out to be unavailable (told once). */
  onIdleUnavailable: () => void;
  onError: (error: unknown) => void;
}

export interface EngineDriver {
  start(): void;
  act(action: UserAction): EngineSnapshot;
  settingsChanged(settings: Settings): void;
  /** Starts afresh (after "delete all my data"): a new engine with no history. */
  reset(): void;
  stop(): void;
  snapshot(): EngineSnapshot;
  idleDetection(): 'ok' | 'unavailable';
  /** The calendar's busy times changed (an empty list when the calendar is off). */
  calendarChanged(busy: BusySpan[]): void;
}

export function createEngineDriver(deps: EngineDriverDeps): EngineDriver {
  const { platform } = deps;
  const { clock } = platform;
  let zone = platform.timeZone();
  const config = () => ({ settings: deps.settings(), timeZone: zone, suggestRoutine: deps.suggestRoutine });
  const restored = restoreFromEvents(deps.restoreEvents(), config());
  // A clock behind the journal (corrected clock, dual boot, restored VM) carries the time line on from the
  // last event; the wall reading stays true, so the engine sees a clock jump, not time going backwards.
  const lastObsAt = observationsOf(restored).lastObsAt;
  if (lastObsAt !== null) clock.notBefore?.(lastObsAt);
  let engine: Engine = createEngine(config(), restored);
  let cancelTimer: Cancel | null = null;
  let cancelPower: Cancel | null = null;
  let idle: 'ok' | 'unavailable' = 'ok';
  let sampling = false;
  let stopped = false;
  /** The engine's last requested wake-up (kept when a refused action puts the engine back). */
  let engineWake: number | null = null;

  function feed(body: InputBody): EngineSnapshot {
    const at = clock.now();
    const wall = clock.wallNow?.();
    const input: EngineInput = wall === undefined ? { ...body, at } : { ...body, at, wall };
    const before = body.kind === 'user' ? engine.state() : null;
    let step: ReturnType<Engine['handle']>;
    try {
      step = engine.handle(input);
    } catch (error) {
      schedule(engineWake);
      throw error;
    }
    if (before !== null) {
      try {
        deps.saves.saveNow(step.events);
      } catch (error) {
        // Journal first: the action did not happen. The engine goes back to where it was.
        engine = createEngine(config(), before);
        schedule(engineWake);
        deps.onStep(engine.snapshot());
        if (error instanceof SaveRefusedError) throw UserFacingError.of(error);
        throw error;
      }
    } else {
      deps.saves.save(step.events);
    }
    engineWake = step.wakeAt;
    schedule(step.wakeAt);
    deps.onStep(step.snapshot);
    return step.snapshot;
  }

  /** One timer: the engine's wake-up, or the save queue's retry when that comes first. */
  function schedule(engineAt: number | null): void {
    cancelTimer?.();
    cancelTimer = null;
    if (stopped) return;
    const retry = deps.saves.retryAt();
    const at = retry !== null && (engineAt === null || retry < engineAt) ? retry : engineAt;
    if (at === null) return;
    cancelTimer = clock.setTimer(at, () => {
      cancelTimer = null;
      wake();
    });
  }

  function wake(): void {
    sample().catch((error) => {
      deps.onError(error);
      // Whatever failed, tracking goes on: the next wake-up is armed again.
      if (cancelTimer === null) schedule(clock.now() + RETRY_AFTER_ERROR_MS);
    });
  }

  /** One wake-up: time zone, the moment (only when it matters), then the idle sample. */
  async function sample(): Promise<void> {
    if (sampling || stopped) return;
    sampling = true;
    try {
      const current = platform.timeZone();
      if (current !== zone) {
        zone = current;
        feed({ kind: 'zone', timeZone: current });
      }
      await probeMoment();
      const seconds = await platform.activity.idleSeconds();
      if (stopped) return;
      if (seconds === null) {
        if (idle === 'ok') {
          idle = 'unavailable';
          deps.onIdleUnavailable();
        }
        feed({ kind: 'tick' });
      } else {
        idle = 'ok';
        feed({ kind: 'idle', idleSec: Math.max(0, seconds) });
      }
    } finally {
      sampling = false;
    }
  }

  /** The moment is asked about only when a prompt is due now or held — never polled. */
  async function probeMoment(): Promise<void> {
    const snap = engine.snapshot();
    // No bout yet (nothing observed, or away): no prompt can be due.
    if (snap.boutStartedAt === null) return;
    const due = snap.nextPrompt !== null && snap.nextPrompt.dueAt <= clock.now();
    if (!due && snap.activePrompt?.state !== 'deferred') return;
    const reasons = await momentReasons(platform, deps.settings());
    const same = reasons.length === snap.context.length && reasons.every((r) => snap.context.includes(r));
    if (!same && !stopped) feed({ kind: 'context', reasons });
  }

  return {
    start() {
      cancelPower = platform.activity.onPower((power) => {
        try {
          feed({ kind: 'power', power });
        } catch (error) {
          deps.onError(error);
        }
      });
      wake();
    },
    act: (action) => feed({ kind: 'user', action }),
    settingsChanged: (settings) => {
      feed({ kind: 'settings', settings });
    },
    reset() {
      engine = createEngine(config());
      wake();
    },
    calendarChanged: (busy) => {
      feed({ kind: 'calendar', busy });
    },
    stop() {
      if (stopped) return;
      feed({ kind: 'stop' });
      // A last try for events still waiting for the disk; what cannot be written now is lost with the process.
      deps.saves.retry();
      stopped = true;
      cancelTimer?.();
      cancelPower?.();
    },
    snapshot: () => engine.snapshot(),
    idleDetection: () => idle,
  };
}
