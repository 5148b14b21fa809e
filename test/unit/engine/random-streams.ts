/**
 * Random input streams for property tests: idle samples, power events, user actions, focus, settings
 * changes (the day start among them), time-zone changes (travel), quits and silences, with gaps from
 * seconds to more than a day and manual wall-clock changes. Any moment of 2025, so DST changes fall inside
 * some streams.
 */
import fc from 'fast-check';
import type { ScenarioStep } from '../../../main/cli/scenario';
import type { EngineInput } from '../../../main/engine';
import type { UserAction } from '../../../shared/ipc';
import { defaultSettings, mergeSettings, type Settings } from '../../../shared/settings';

export const zones = ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney'];

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
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(...zones)
      .map((timeZone): Body => ({ kind: 'input', make: (_, at) => ({ at, kind: 'zone', timeZone }) })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('00:00', '03:00', '04:00', '06:00').map(
      (dayStart): Body => ({
        kind: 'input',
        make: (s, at) => ({ at, kind: 'settings', settings: mergeSettings(s, { dayStart }) }),
      }),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom('quit', 'silent' as const).map((kind): Body => ({ kind })) },
);

export const stream = fc.record({
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

export type Stream = typeof stream extends fc.Arbitrary<infer T> ? T : never;

/**
 * The steps of a stream; `jumpsMs` adds up how far the wall clock was set (a day may last that much
 * longer), `shiftsMs` how far a time-zone or day-start change may have moved the day's end (the widest
 * zone difference here is 16 h, Sydney to New York; the widest day-start change 6 h).
 */
export function toSteps(s: Stream): { steps: ScenarioStep[]; jumpsMs: number; shiftsMs: number } {
  let at = s.start;
  let offset = 0;
  let jumpsMs = 0;
  let shiftsMs = 0;
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
    if (input.kind === 'settings') {
      if (input.settings.dayStart !== settings.dayStart) shiftsMs += 6 * 3_600_000;
      settings = input.settings;
    }
    if (input.kind === 'zone') shiftsMs += 16 * 3_600_000;
    steps.push({ line: i + 1, at, input });
  });
  return { steps, jumpsMs, shiftsMs };
}
