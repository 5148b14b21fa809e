/**
 * The user's words of My plan, in `plan.json` in the data folder: one small document, replaced whole with
 * an atomic write on each change (nothing is reported saved before it is on disk). A damaged file is set
 * aside as `plan.json.damaged-<time>` and the plan starts empty, with a notice — never silently lost.
 * The store is one data section: list / replaceAll / clear, so export, import and delete can treat it
 * like the others.
 */
import { readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { emptyPlanWords, type PlanPatch, type PlanWords, planWordsSchema } from '../../../shared/plan/words';
import { isErrno, writeFileAtomic } from '../data/atomic-write';

export const PLAN_FILE_FORMAT = 1;

const fileSchema = z.strictObject({
  format: z.literal(PLAN_FILE_FORMAT),
  updatedAt: z.number().int().nonnegative(),
  words: planWordsSchema,
});
export type PlanDocument = z.infer<typeof fileSchema>;

export interface PlanStoreOptions {
  dataDir: string;
  now: () => number;
  /** Told when a damaged file was set aside (its new name). */
  onDamaged?: (setAsideAs: string) => void;
}

export class PlanStore {
  readonly name = 'plan';
  private readonly path: string;
  private doc: PlanDocument | null;

  constructor(private readonly options: PlanStoreOptions) {
    this.path = join(options.dataDir, 'plan.json');
    this.doc = this.read();
  }

  words(): PlanWords {
    return this.doc?.words ?? emptyPlanWords;
  }

  updatedAt(): number | null {
    return this.doc?.updatedAt ?? null;
  }

  /** Applies the patch and writes it durably before the new words are returned. */
  update(patch: PlanPatch): PlanWords {
    const words = planWordsSchema.parse({ ...this.words(), ...stripUndefined(patch) });
    this.write({ format: PLAN_FILE_FORMAT, updatedAt: this.options.now(), words });
    return words;
  }

  /** The section's records: the one document, or none. */
  list(): PlanDocument[] {
    return this.doc ? [this.doc] : [];
  }

  /** Replaces the section (an import): at most one document, validated before anything is written. */
  replaceAll(docs: readonly unknown[]): void {
    if (docs.length > 1) throw new RangeError('the plan section holds at most one document');
    const first = docs[0];
    if (first === undefined) this.clear();
    else this.write(fileSchema.parse(first));
  }

  /** "Delete all my data". */
  clear(): void {
    rmSync(this.path, { force: true });
    this.doc = null;
  }

  private write(doc: PlanDocument): void {
    writeFileAtomic(this.path, `${JSON.stringify(doc, null, 2)}\n`);
    this.doc = doc;
  }

  private read(): PlanDocument | null {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if (isErrno(error) && error.code === 'ENOENT') return null;
      throw error;
    }
    let parsed: z.ZodSafeParseResult<PlanDocument>;
    try {
      parsed = fileSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = fileSchema.safeParse(undefined);
    }
    if (parsed.success) return parsed.data;
    const aside = `${this.path}.damaged-${this.options.now()}`;
    renameSync(this.path, aside);
    this.options.onDamaged?.(aside);
    return null;
  }
}

function stripUndefined(patch: PlanPatch): Partial<PlanWords> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
}
