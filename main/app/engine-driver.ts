/**
 * Drives the pure engine with the platform: one timer at the engine's requested wake-up, an idle sample
 * (and, only while a prompt is due or deferred, a focus probe) at each wake, power events as they come,
 * user actions from IPC. Every step's events go to the journal before anyone is told of the new state.
 */
import type { EngineEvent } from '../../shared/events';
import type { UserAction } from '../../shared/ipc';
import type { Settings } from '../../shared/settings';
import type { EngineSnapshot } from '../../shared/snapshot';
import {
  createEngine,
  type Engine,
  type EngineInput,
  restoreFromEvents,
  type SuggestRoutine,
} from '../engine';
import type { Cancel, Platform } from '../ports';

/** An engine input without its time: the driver stamps it from the clock. */
type InputBody = EngineInput extends infer I ? (I extends unknown ? Omit<I, 'at' | 'wall'> : never) : never;

export interface EngineDriverDeps {
  platform: Platform;
  settings: () => Settings;
  /** Today's engine events (the current month), to restore the bout after a restart. */
  restoreEvents: () => EngineEvent[];
  append: (event: EngineEvent) => void;
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
}

export function createEngineDriver(deps: EngineDriverDeps): EngineDriver {
  const { platform } = deps;
  const { clock } = platform;
  let zone = platform.timeZone();
  const config = () => ({ settings: deps.settings(), timeZone: zone, suggestRoutine: deps.suggestRoutine });
  const restored = restoreFromEvents(deps.restoreEvents(), config());
  // A clock behind the journal (corrected clock, dual boot, restored VM) carries the time line on from the
  // last event; the wall reading stays true, so the engine sees a clock jump, not time going backwards.
  if (restored.date !== null) clock.notBefore?.(restored.lastEventAt);
  let engine: Engine = createEngine(config(), restored);
  let cancelTimer: Cancel | null = null;
  let cancelPower: Cancel | null = null;
  let focus: 'meeting' | 'none' = 'none';
  let idle: 'ok' | 'unavailable' = 'ok';
  let sampling = false;
  let stopped = false;

  function feed(body: InputBody): EngineSnapshot {
    const at = clock.now();
    const wall = clock.wallNow?.();
    const input: EngineInput = wall === undefined ? { ...body, at } : { ...body, at, wall };
    const step = engine.handle(input);
    for (const event of step.events) deps.append(event);
    schedule(step.wakeAt);
    deps.onStep(step.snapshot);
    return step.snapshot;
  }

  function schedule(at: number | null): void {
    cancelTimer?.();
    cancelTimer = null;
    if (at === null || stopped) return;
    cancelTimer = clock.setTimer(at, () => {
      cancelTimer = null;
      sample().catch(deps.onError);
    });
  }

  /** One wake-up: time zone, focus (only when it matters), then the idle sample. */
  async function sample(): Promise<void> {
    if (sampling || stopped) return;
    sampling = true;
    try {
      const current = platform.timeZone();
      if (current !== zone) {
        zone = current;
        feed({ kind: 'zone', timeZone: current });
      }
      await probeFocus();
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

  /** The focus probe is asked only when a prompt is due now or held for a meeting — never polled. */
  async function probeFocus(): Promise<void> {
    const settings = deps.settings();
    if (!settings.focusDeferral.enabled) return;
    const snap = engine.snapshot();
    const now = clock.now();
    const due = snap.nextPrompt !== null && snap.nextPrompt.dueAt <= now;
    if (!due && snap.activePrompt?.state !== 'deferred') return;
    const busy = await platform.focus.isBusy({
      apps: settings.focusDeferral.apps,
      fullscreen: settings.focusDeferral.fullscreen,
    });
    const next = busy ? 'meeting' : 'none';
    if (next !== focus && !stopped) {
      focus = next;
      feed({ kind: 'focus', focus: next });
    }
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
      sample().catch(deps.onError);
    },
    act: (action) => feed({ kind: 'user', action }),
    settingsChanged: (settings) => {
      feed({ kind: 'settings', settings });
    },
    reset() {
      engine = createEngine(config());
      focus = 'none';
      sample().catch(deps.onError);
    },
    stop() {
      if (stopped) return;
      feed({ kind: 'stop' });
      stopped = true;
      cancelTimer?.();
      cancelPower?.();
    },
    snapshot: () => engine.snapshot(),
    idleDetection: () => idle,
  };
}
