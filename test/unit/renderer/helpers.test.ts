import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doseText, sideText } from '../../../renderer/src/lib/dose';
import { readError } from '../../../renderer/src/lib/errors';
import { errorSummary, fieldError } from '../../../renderer/src/lib/formInput';
import { plannedStandingShare, standingShare } from '../../../renderer/src/lib/targets';
import { checkBudgets, entryChunks, staticImports, weighFirstLoad } from '../../../scripts/bundle-budget';
import type { RoutineStep } from '../../../shared/content/schema';
import { speak } from './speak';

speak();

describe('errors from the bridge', () => {
  it('reads code and issues from an error-shaped value, whatever its class', () => {
    // Codes with parameters come over the bridge; they are worded here, and a malformed one is dropped.
    const e = Object.assign(new Error('Invalid request'), {
      code: 'invalid-payload',
      issues: [
        { code: 'tooBigNumber', path: 'snooze.minutes', maximum: 30, inclusive: true },
        { code: 'tooBigNumber', path: 'snooze.limit' },
        { bad: true },
      ],
    });
    expect(readError(e)).toEqual({
      message: 'Invalid request',
      code: 'invalid-payload',
      issues: [{ path: 'snooze.minutes', message: 'Use 30 or less.' }],
    });
    const refused = Object.assign(new Error('refused'), {
      code: 'failed',
      reason: { code: 'sessionInFuture', date: '2026-11-05' },
    });
    expect(readError(refused).message).toBe(
      '5 November 2026 is in the future. Log sessions for today or earlier.',
    );
    speak('de', 'de-DE');
    expect(readError(refused).message).toBe(
      'Der 5. November 2026 liegt in der Zukunft. Trag Einheiten für heute oder früher ein.',
    );
    speak();
    expect(readError('plain')).toMatchObject({ message: 'plain', issues: [], code: null });
  });
  it('finds the issue at a form path, without the path repeated in its message', () => {
    const error = {
      message: 'Invalid request',
      code: 'invalid-payload',
      issues: [
        { path: 'fields.aim', message: 'fields.aim: must be more than 0' },
        { path: 'sessions.0.minutes', message: 'minutes must be a number' },
      ],
    };
    expect(fieldError(error, 'fields.aim')).toBe('must be more than 0');
    expect(fieldError(error, 'sessions.0.minutes')).toBe('minutes must be a number');
    expect(fieldError(error, 'fields.name')).toBeNull();
    expect(fieldError(null, 'fields.aim')).toBeNull();
    expect(errorSummary(error)).toBe('fields.aim: must be more than 0; minutes must be a number');
    expect(errorSummary({ message: 'Disk full', code: 'failed', issues: [] })).toBe('Disk full');
  });
});

describe('dose and side text', () => {
  const step = (s: Partial<RoutineStep>): RoutineStep => ({
    instruction: 'x',
    side: 'none',
    placement: 'desk',
    ...s,
  });
  it('describes timed and counted steps', () => {
    expect(doseText(step({ seconds: 30 }))).toBe('30 seconds');
    expect(doseText(step({ reps: 1 }))).toBe('1 repetition');
    expect(doseText(step({ reps: 5, holdSeconds: 3, sets: 2 }))).toBe(
      '5 repetitions, hold 3 s each · 2 rounds',
    );
  });
  it('names sides, and says nothing for a symmetric move', () => {
    expect(sideText('none')).toBe('');
    expect(sideText('both')).toBe('Each side');
    expect(sideText('second')).toBe('Other side');
  });
});

describe('targets', () => {
  it('plans the standing share from the schedule', () => {
    expect(plannedStandingShare({ sitMin: 30, standMin: 15, moveMin: 2 })).toBeCloseTo(15 / 47);
    expect(plannedStandingShare({ sitMin: 30, standMin: 0, moveMin: 2 })).toBe(0);
  });
  it('computes the standing share of tracked time, 0 when nothing is tracked', () => {
    expect(standingShare({ sittingMin: 60, standingMin: 30, movingMin: 10 })).toBeCloseTo(0.3);
    expect(standingShare({ sittingMin: 0, standingMin: 0, movingMin: 0 })).toBe(0);
  });
});

describe('bundle budget parsing', () => {
  it('finds the module script and modulepreloads, not stylesheets', () => {
    const html = `<script type="module" crossorigin src="./assets/prompt-a.js"></script>
      <link rel="modulepreload" crossorigin href="./assets/player-b.js">
      <link rel="stylesheet" href="./assets/x.css"><script src="/__host/bridge.js"></script>`;
    expect(entryChunks(html)).toEqual(['./assets/prompt-a.js', './assets/player-b.js']);
  });
  it('follows static imports but not dynamic ones', () => {
    const code = 'import{a as b}from"./player-b.js";import"./side.js";const l=()=>import("./lazy.js");';
    expect(staticImports(code)).toEqual(['./player-b.js', './side.js']);
  });
  it('adds each language’s chunks (loaded at start by a dynamic import) and gates the heaviest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitwise-budget-'));
    const put = (file: string, bytes: number) =>
      // Random bytes do not compress, so the gzipped size is `bytes` and a little framing.
      writeFileSync(join(dir, file), randomBytes(bytes));
    try {
      mkdirSync(join(dir, 'assets'));
      writeFileSync(join(dir, 'p.html'), '<script type="module" src="./assets/p-1.js"></script>');
      put('assets/p-1.js', 40_000);
      for (const [l, n] of [
        ['en', 2000],
        ['de', 9000],
        ['es', 3000],
        ['fr', 4000],
      ] as const)
        put(`assets/${l}.prompt-x1.js`, n);
      // Chunks of other packs and languages' content are not the prompt page's.
      put('assets/de.dashboard-y.js', 30_000);
      put('assets/de-z.js', 30_000);
      const budget = {
        page: 'p.html',
        maxKb: 50,
        languageChunks: (l: string) => [new RegExp(`^${l}\\.prompt-`)],
      };
      const load = weighFirstLoad(dir, budget);
      expect(load.heaviest.locale).toBe('de');
      expect(load.heaviest.chunks.map((c) => c.file)).toEqual(['assets/de.prompt-x1.js']);
      expect(load.heaviest.gzipBytes).toBeGreaterThan(49_000);
      expect(checkBudgets(dir, [budget]).ok).toBe(true);
      expect(checkBudgets(dir, [{ ...budget, maxKb: 48 }]).ok).toBe(false);
      // A pattern that finds no chunk (a renamed file) fails loudly instead of weighing nothing.
      expect(() => weighFirstLoad(dir, { ...budget, languageChunks: () => [/^nothing-/] })).toThrow(
        /matches 0 chunks/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
