/** Property tests: for random input streams the figures add up, nothing is negative, events are ordered,
 * the same input gives the same output, and a restart restores the same state. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario, type ScenarioStep } from '../../../main/cli/scenario';
import { createEngine, type EngineInput, restoreFromEvents } from '../../../main/engine';
import type { EngineState } from '../../../main/engine/types';
import { engineEventSchema } from '../../../shared/events';
import { timelineOf } from '../../../shared/fold';
import type { UserAction } from '../../../shared/ipc';
import { defaultSettings, mergeSettings, type Settings } from '../../../shared/settings';
import { daySummarySchema } from '../../../shared/summary';

const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'];

const action = fc.oneof(
  fc.constantFrom<UserAction>(
    { action: 'stand' },
    { action: 'sit' },
    { action: 'snack-start' },
    { action: 'snack-done' },
    { action: 'snack-stop' },
    { action: 'snooze' },
    { action: 'skip' },
    { action: 'resume' },
  ),
  fc
    .oneof(fc.integer({ min: 1, max: 120 }), fc.constant('tomorrow' as const))
    .map((minutes): UserAction => ({ action: 'pause', minutes })),
);

type Body =
  | { kind: 'quit' | 'silent' }
  | { kind: 'input'; make: (settings: Settings, at: number) => EngineInput };

const body: fc.Arbitrary<Body> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .integer({ min: 0, max: 3000 })
      .map((idleSec): Body => ({ kind: 'input', make: (_, at) => ({ at, kind: 'idle', idleSec }) })),
  },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('suspend', 'resume', 'lock', 'unlock' as const)
      .map((power): Body => ({ kind: 'input', make: (_, at) => ({ at, kind: 'power', power }) })),
  },
  {
    weight: 4,
    arbitrary: action.map(
      (a): Body => ({ kind: 'input', make: (_, at) => ({ at, kind: 'user', action: a }) }),
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom('meeting', 'none' as const)
      .map((focus): Body => ({ kind: 'input', make: (_, at) => ({ at, kind: 'focus', focus }) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        awayThresholdMin: fc.integer({ min: 1, max: 10 }),
        preset: fc.constantFrom('back-friendly', 'cornell', 'no-standing-desk' as const),
        deferral: fc.boolean(),
        hours: fc.boolean(),
      })
      .map(
        (p): Body => ({
          kind: 'input',
          make: (s, at) => ({
            at,
            kind: 'settings',
            settings: mergeSettings(s, {
              awayThresholdMin: p.awayThresholdMin,
              schedule: { preset: p.preset },
              focusDeferral: { enabled: p.deferral },
              workingHours: { enabled: p.hours },
            }),
          }),
        }),
      ),
  },
  { weight: 1, arbitrary: fc.constantFrom('quit', 'silent' as const).map((kind): Body => ({ kind })) },
);

const stream = fc.record({
  zone: fc.constantFrom(...zones),
  // Any moment of 2025, so DST changes fall inside some streams.
  start: fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2025, 11, 1) }).map((n) => n - (n % 1000)),
  lines: fc.array(
    fc.record({
      gapSec: fc.oneof(
        { weight: 6, arbitrary: fc.integer({ min: 0, max: 600 }) },
        { weight: 3, arbitrary: fc.integer({ min: 600, max: 4 * 3600 }) },
        { weight: 1, arbitrary: fc.integer({ min: 4 * 3600, max: 30 * 3600 }) },
      ),
      wallJumpMin: fc.oneof(
        { weight: 12, arbitrary: fc.constant(0) },
        { weight: 1, arbitrary: fc.constantFrom(-60, 60, -120) },
      ),
      body,
    }),
    { minLength: 1, maxLength: 60 },
  ),
});

type Stream = typeof stream extends fc.Arbitrary<infer T> ? T : never;

function toSteps(s: Stream): { steps: ScenarioStep[]; jumpsMs: number } {
  let at = s.start;
  let offset = 0;
  let jumpsMs = 0;
  let settings = defaultSettings;
  const steps: ScenarioStep[] = [];
  s.lines.forEach((l, i) => {
    at += l.gapSec * 1000;
    if (l.wallJumpMin !== 0) {
      offset += l.wallJumpMin * 60_000;
      jumpsMs += Math.abs(l.wallJumpMin) * 60_000;
    }
    if (l.body.kind !== 'input') {
      steps.push({ line: i + 1, at, quit: l.body.kind === 'quit' });
      return;
    }
    const made = l.body.make(settings, at);
    const input: EngineInput = offset === 0 ? made : { ...made, wall: at + offset };
    if (input.kind === 'settings') settings = input.settings;
    steps.push({ line: i + 1, at, input });
  });
  return { steps, jumpsMs };
}

describe('engine properties', () => {
  it('figures add up per day, nothing is negative, events are ordered and valid', () => {
    fc.assert(
      fc.property(stream, (s) => {
        const { steps, jumpsMs } = toSteps(s);
        const r = runScenario(steps, { timeZone: s.zone });
        let prev = 0;
        for (const e of r.events) {
          engineEventSchema.parse(e);
          expect(e.at).toBeGreaterThanOrEqual(prev);
          if ('since' in e) expect(e.since).toBeLessThanOrEqual(e.at);
          prev = e.at;
        }
        const first = steps[0]?.at ?? 0;
        const last = steps.at(-1)?.at ?? 0;
        let all = 0;
        const opts = { timeZone: s.zone, dayStart: '04:00' };
        for (let i = 0; i < r.days.length; i++) {
          const day = daySummarySchema.parse(r.days[i]);
          if (i > 0) expect(day.date > (r.days[i - 1]?.date ?? '')).toBe(true);
          const segs = timelineOf(r.events, day.date, opts);
          const byKind = { sitting: 0, standing: 0, moving: 0, away: 0 };
          for (let k = 0; k < segs.length; k++) {
            const seg = segs[k];
            if (!seg) continue;
            expect(seg.end).toBeGreaterThan(seg.start);
            // Contiguous: no holes, no overlaps.
            if (k > 0) expect(seg.start).toBe(segs[k - 1]?.end);
            byKind[seg.kind] += seg.end - seg.start;
          }
          const span = segs.length > 0 ? (segs.at(-1)?.end ?? 0) - (segs[0]?.start ?? 0) : 0;
          const total = day.sittingMin + day.standingMin + day.movingMin + day.awayMin;
          expect(Math.abs(total - span / 60_000)).toBeLessThanOrEqual(0.2 + 1e-9);
          expect(day.sittingMin).toBeCloseTo(Math.round(byKind.sitting / 6000) / 10, 5);
          expect(day.awayMin).toBeCloseTo(Math.round(byKind.away / 6000) / 10, 5);
          expect(day.longestSittingBoutMin).toBeLessThanOrEqual(day.sittingMin + 0.05);
          // A day is at most 25 h, plus whatever the wall clock was set back.
          expect(span).toBeLessThanOrEqual(25 * 3_600_000 + jumpsMs);
          all += span;
        }
        // Never more counted time than really passed.
        expect(all).toBeLessThanOrEqual(last - first);
      }),
      { numRuns: 300 },
    );
  });

  it('replaying the same input gives the same output', () => {
    fc.assert(
      fc.property(stream, (s) => {
        const { steps } = toSteps(s);
        const a = runScenario(steps, { timeZone: s.zone });
        const b = runScenario(steps, { timeZone: s.zone });
        expect(b.events).toEqual(a.events);
        expect(b.days).toEqual(a.days);
      }),
      { numRuns: 100 },
    );
  });

  it('restoring from the events gives the state the live engine has', () => {
    const eventBacked = (s: EngineState) => ({
      date: s.date,
      timeZone: s.timeZone,
      wallOffsetMs: s.wallOffsetMs,
      presence: s.presence,
      awayReason: s.awayReason,
      awaySince: s.awaySince,
      posture: s.posture,
      bout: s.bout,
      snack: s.snack,
      prompt: s.prompt,
      pausedUntil: s.pausedUntil,
      focus: s.focus,
      lastEventAt: s.lastEventAt,
      dayEnd: s.dayEnd,
    });
    fc.assert(
      fc.property(stream, (s) => {
        const { steps } = toSteps(s);
        let settings = defaultSettings;
        const engine = createEngine({ settings, timeZone: s.zone });
        const events = [];
        for (const step of steps) {
          if (!('input' in step)) continue;
          events.push(...engine.handle(step.input).events);
          if (step.input.kind === 'settings') settings = step.input.settings;
        }
        const restored = restoreFromEvents(events, { settings, timeZone: s.zone });
        expect(eventBacked(restored)).toEqual(eventBacked(engine.state()));
      }),
      { numRuns: 300 },
    );
  });
});
