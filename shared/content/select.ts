/**
 * Picking content for a prompt. Deterministic: the same inputs always give the same routine or tip, so
 * the engine stays pure and tests can pin behaviour. Variety comes from the caller's `seed` (for example
 * a count of prompts shown today).
 */
import { CATCH_UP_MAX_SEC, routineDurationSec } from './duration';
import type { PromptKind, Routine, Tip, TipContext } from './schema';

export interface SnackOptions {
  /** Shown after a deferral: pick a snack of at most `CATCH_UP_MAX_SEC`. */
  catchUp: boolean;
  /** Where the person is now; snacks that start there are preferred. */
  posture?: 'sitting' | 'standing';
  /** Routine ids the person marked as staples; preferred during a flare-up. */
  staples?: readonly string[];
  /** During a flare-up: prefer the person's staples, then staples and gentle routines. */
  flare?: boolean;
  /** Rotates among equally good choices. Any number; non-finite counts as 0. */
  seed?: number;
}

/** What the picker reads of a routine: built-in routines and a person's own snack-sized ones. */
export type SnackCandidate = Pick<
  Routine,
  'id' | 'snack' | 'prompts' | 'staple' | 'effort' | 'placement' | 'steps'
>;

/** A stable index into a list of `n` items from any seed. */
export function rotationIndex(seed: number | undefined, n: number): number {
  const s = seed !== undefined && Number.isFinite(seed) ? Math.trunc(Math.abs(seed)) : 0;
  return s % n;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Narrow to the items that pass, unless none do: a preference, not a rule. */
function prefer<T>(pool: T[], test: (item: T) => boolean): T[] {
  const kept = pool.filter(test);
  return kept.length > 0 ? kept : pool;
}

/**
 * The snack routine for a prompt. Rules, in order: the routine suits the prompt kind (hard rule; throws
 * if content has none); catch-up keeps only snacks of at most 60 s (or the shortest, if none is that
 * short); a flare-up prefers the person's own staples, else staples and gentle routines; a posture prefers
 * routines that start where the person is (sitting: desk, standing: standing); the seed picks among the rest.
 */
export function suggestSnackRoutine<R extends SnackCandidate>(
  kind: PromptKind,
  opts: SnackOptions,
  from: readonly R[],
): R {
  let pool = from.filter((r) => r.snack && r.prompts.includes(kind)).sort(byId);
  if (pool.length === 0) throw new Error(`no snack routine suits a "${kind}" prompt`);
  if (opts.catchUp) {
    const short = pool.filter((r) => routineDurationSec(r) <= CATCH_UP_MAX_SEC);
    const shortest = Math.min(...pool.map(routineDurationSec));
    pool = short.length > 0 ? short : pool.filter((r) => routineDurationSec(r) === shortest);
  }
  if (opts.flare) {
    const own = new Set(opts.staples ?? []);
    const mine = pool.filter((r) => own.has(r.id));
    pool = mine.length > 0 ? mine : prefer(pool, (r) => r.staple || r.effort === 'gentle');
  }
  if (opts.posture) {
    const where = opts.posture === 'sitting' ? 'desk' : 'standing';
    pool = prefer(pool, (r) => r.placement === where);
  }
  const picked = pool[rotationIndex(opts.seed, pool.length)];
  if (!picked) throw new Error(`no snack routine left for a "${kind}" prompt`);
  return picked;
}

/** A tip for a context, rotating through that context's tips as the seed counts up. */
export function tipFor(context: TipContext, seed: number, from: readonly Tip[]): Tip {
  const pool = from.filter((t) => t.contexts.includes(context)).sort(byId);
  const picked = pool[rotationIndex(seed, pool.length)];
  if (!picked) throw new Error(`no tip for the "${context}" context`);
  return picked;
}
