/**
 * Engine events on their way to the journal. Normally they are written at once; when the disk refuses
 * (EACCES, ENOSPC, EIO, ...) they wait here, in order, in a bounded queue, and the write is retried with
 * back-off (2 s doubling to 1 min) until it works, then the queue is written in order. The user is told
 * once when saving starts failing and once when it works again. A user action is saved now or refused.
 */
import type { EngineEvent } from '../../shared/events';
import type { ServiceError } from '../../shared/i18n/service-errors';
import type { SaveProblem } from '../ports';
import { describeFsError, errnoOf } from '../services/fs';
import { JournalAppendError } from '../services/journal/event-journal';

/** At a few events a minute this is days of events; past it the newest are not kept (and the user is told). */
export const SAVE_QUEUE_CAPACITY = 10_000;
const FIRST_RETRY_MS = 2_000;
const MAX_RETRY_MS = 60_000;

/** Saving fails: the folder, the system's code and how many events could not be kept while waiting. */
export type SaveFault = SaveProblem;

/**
 * A user action that cannot be saved: the action changes nothing. `reason` is what the person is told (the
 * window words it); the message is a diagnostic for logs.
 */
export class SaveRefusedError extends Error {
  readonly reason: ServiceError;
  constructor(fault: SaveFault, diagnostic: string) {
    super(diagnostic);
    this.name = 'SaveRefusedError';
    this.reason = { code: 'savesWaiting', ...fault };
  }
}

export interface SaveQueueDeps {
  /** Writes events in order; throws JournalAppendError saying how many were written. */
  write(events: readonly EngineEvent[]): void;
  /** The data folder, named in the message. */
  folder: string;
  now(): number;
  /** Saving failed (the fault, for the person's words) or works again (null). Called on each change only. */
  onFault(fault: SaveFault | null): void;
  capacity?: number;
}

export interface SaveQueue {
  /** Saves events after any that are waiting; on failure they wait too. Never throws for a disk fault. */
  save(events: readonly EngineEvent[]): void;
  /** Saves a user action's events now, or throws SaveRefusedError with nothing of them written or kept. */
  saveNow(events: readonly EngineEvent[]): void;
  /** When the next retry is due (null when nothing waits): the driver wakes up then. */
  retryAt(): number | null;
  /** Tries to write what waits now (retry timer, quit). True when nothing waits any more. */
  retry(): boolean;
  pending(): number;
  /** The current fault, null when saving works. */
  fault(): SaveFault | null;
}

export function createSaveQueue(deps: SaveQueueDeps): SaveQueue {
  const capacity = deps.capacity ?? SAVE_QUEUE_CAPACITY;
  const waiting: EngineEvent[] = [];
  // The current failure: the system's code and an English diagnostic (for logs and the refusal's message).
  let trouble: { errno: string; diagnostic: string } | null = null;
  let dropped = 0;
  let delay = FIRST_RETRY_MS;
  let nextTry: number | null = null;

  /** Writes `events`; returns the ones not written and why. */
  function attempt(events: readonly EngineEvent[]): { rest: EngineEvent[]; error: unknown } | null {
    if (events.length === 0) return null;
    try {
      deps.write(events);
      return null;
    } catch (error) {
      const appended = error instanceof JournalAppendError ? error.appended : 0;
      const cause = error instanceof JournalAppendError ? error.cause : error;
      return { rest: events.slice(appended), error: cause };
    }
  }

  function failed(error: unknown): void {
    const diagnostic = `Sitwise cannot save to ${deps.folder}: ${describeFsError(error)}`;
    nextTry = deps.now() + delay;
    delay = Math.min(MAX_RETRY_MS, delay * 2);
    if (diagnostic !== trouble?.diagnostic) {
      trouble = { errno: errnoOf(error), diagnostic };
      deps.onFault(current());
    }
  }

  function current(): SaveFault | null {
    return trouble === null ? null : { folder: deps.folder, errno: trouble.errno, dropped };
  }

  function refused(): SaveRefusedError {
    const fault = current() ?? { folder: deps.folder, errno: 'UNKNOWN', dropped };
    const diagnostic = trouble?.diagnostic ?? `Sitwise cannot save to ${deps.folder}.`;
    return new SaveRefusedError(
      fault,
      dropped > 0 ? `${diagnostic} (${dropped} events could not be kept while waiting)` : diagnostic,
    );
  }

  function recovered(): void {
    nextTry = null;
    delay = FIRST_RETRY_MS;
    dropped = 0;
    if (trouble !== null) {
      trouble = null;
      deps.onFault(null);
    }
  }

  function enqueue(events: readonly EngineEvent[]): void {
    const room = Math.max(0, capacity - waiting.length);
    waiting.push(...events.slice(0, room));
    if (events.length > room) {
      const first = dropped === 0;
      dropped += events.length - room;
      if (first && trouble !== null) deps.onFault(current());
    }
  }

  function retry(): boolean {
    if (waiting.length === 0) return true;
    const failure = attempt(waiting);
    if (failure === null) {
      waiting.length = 0;
      recovered();
      return true;
    }
    waiting.splice(0, waiting.length - failure.rest.length);
    failed(failure.error);
    return false;
  }

  return {
    save(events) {
      if (waiting.length > 0) {
        // While the disk fails, writes are tried at the back-off times only; the events keep their order.
        if (nextTry !== null && deps.now() < nextTry) {
          enqueue(events);
          return;
        }
        if (!retry()) {
          enqueue(events);
          return;
        }
      }
      const failure = attempt(events);
      if (failure === null) {
        if (trouble !== null) recovered();
        return;
      }
      enqueue(failure.rest);
      failed(failure.error);
    },
    saveNow(events) {
      // A user action is the moment to try again, back-off or not: the user is waiting for the answer.
      if (!retry()) throw refused();
      const failure = attempt(events);
      if (failure === null) {
        if (trouble !== null) recovered();
        return;
      }
      if (failure.rest.length === events.length) {
        failed(failure.error);
        throw refused();
      }
      // Part of the action is on disk (it crossed into a new month): the rest waits, the action stands.
      enqueue(failure.rest);
      failed(failure.error);
    },
    retryAt: () => (waiting.length > 0 ? nextTry : null),
    retry,
    pending: () => waiting.length,
    fault: current,
  };
}
