import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlanStore } from '../../../main/services/plan/store';
import { emptyPlanWords, planPatchSchema } from '../../../shared/plan/words';

const dir = () => mkdtempSync(join(tmpdir(), 'sitwise-plan-'));

describe('the My plan store', () => {
  it('starts empty, saves a patch durably and reads it back after a restart', () => {
    const d = dir();
    const store = new PlanStore({ dataDir: d, now: () => 1000 });
    expect(store.words()).toEqual(emptyPlanWords);
    expect(store.list()).toEqual([]);
    store.update({ movement: '  Walk at lunch  ' });
    expect(JSON.parse(readFileSync(join(d, 'plan.json'), 'utf8'))).toEqual({
      format: 1,
      updatedAt: 1000,
      words: { ...emptyPlanWords, movement: 'Walk at lunch' },
    });
    expect(new PlanStore({ dataDir: d, now: () => 2000 }).words().movement).toBe('Walk at lunch');
  });

  it('refuses words that are too long and writes nothing', () => {
    const d = dir();
    const store = new PlanStore({ dataDir: d, now: () => 1 });
    expect(() => store.update({ recovery: 'x'.repeat(201) })).toThrow(/200 characters/);
    expect(readdirSync(d)).toEqual([]);
    expect(planPatchSchema.safeParse({}).success).toBe(false);
    expect(planPatchSchema.safeParse({ mood: 'fine' }).success).toBe(false);
  });

  it('sets a damaged file aside, says where, and starts empty', () => {
    const d = dir();
    writeFileSync(join(d, 'plan.json'), '{"format":1,"words":');
    const told: string[] = [];
    const store = new PlanStore({ dataDir: d, now: () => 42, onDamaged: (p) => told.push(p) });
    expect(store.words()).toEqual(emptyPlanWords);
    expect(told).toEqual([join(d, 'plan.json.damaged-42')]);
    expect(readFileSync(join(d, 'plan.json.damaged-42'), 'utf8')).toBe('{"format":1,"words":');
  });

  it('is a data section: list, replaceAll (validated first) and clear', () => {
    const d = dir();
    const store = new PlanStore({ dataDir: d, now: () => 5 });
    store.update({ environment: 'Laptop on a stand' });
    const [doc] = store.list();
    store.clear();
    expect(readdirSync(d)).toEqual([]);
    expect(() => store.replaceAll([{ format: 1, updatedAt: 5, words: { environment: 'x' } }])).toThrow();
    expect(readdirSync(d)).toEqual([]);
    store.replaceAll([doc]);
    expect(store.words().environment).toBe('Laptop on a stand');
    expect(() => store.replaceAll([doc, doc])).toThrow(/at most one/);
  });
});
