/**
 * The pacing ledger: the records store plus the state folded from it. A change is one record; it is
 * validated and tried on a copy of the state before it is written, so a record is either written and
 * applied, or neither (nothing half-saved).
 */
import { type PacingRecord, pacingRecordSchema } from '../../../shared/pacing/records';
import { applyPacingRecord, foldPacing, type PacingState } from '../../../shared/pacing/state';

/** Where pacing records live: the journal in the app, memory in tests. */
export interface PacingRecordStore {
  /** Every record in journal order. */
  records(): readonly PacingRecord[];
  /** Writes one record durably; throws when it cannot (nothing is written then). */
  append(record: PacingRecord): void;
}

export class MemoryPacingStore implements PacingRecordStore {
  readonly lines: PacingRecord[] = [];
  records(): readonly PacingRecord[] {
    return this.lines;
  }
  append(record: PacingRecord): void {
    this.lines.push(record);
  }
}

export class PacingLedger {
  private current: PacingState;

  constructor(private readonly store: PacingRecordStore) {
    this.current = foldPacing(store.records());
  }

  get state(): PacingState {
    return this.current;
  }

  /** Validates, trial-applies, writes and applies one record. */
  commit(record: PacingRecord): void {
    const parsed = pacingRecordSchema.parse(record);
    const trial = structuredClone(this.current);
    const before = trial.problems.length;
    applyPacingRecord(trial, parsed);
    const problem = trial.problems[before];
    // The services check every rule first; reaching this is a bug, and nothing is written.
    if (problem !== undefined) throw new Error(`Refusing an inconsistent pacing record: ${problem}`);
    this.store.append(parsed);
    this.current = trial;
  }

  /** Re-reads the store (after "delete all my data"). */
  reload(): void {
    this.current = foldPacing(this.store.records());
  }
}
