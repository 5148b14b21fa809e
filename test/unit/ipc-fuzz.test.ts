/**
 * Payload fuzz against every IPC handler of the real application (createApp on the end-to-end host's
 * platform, with a temp data folder). Each bad payload must come back as an `invalid-payload` failure with a
 * message naming the rule; nothing may throw, and neither the engine state, the settings, the recorded side
 * effects nor a single byte in the data folder may change. Written against the contract, not the handlers,
 * so it stays valid as handlers get wired.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../main/app';
import { fieldErrorSchema } from '../../shared/i18n/errors';
import { type InvokeChannel, invokeChannelNames, invokeChannels, isInvokeChannel } from '../../shared/ipc';
import { FakeClock } from '../host/fake-clock';
import { createHostPlatform, type HostControl } from '../host/platform';

/** A valid request per channel: the fuzz mutates these into near misses. */
const validSamples: Record<InvokeChannel, unknown[]> = {
  'app.getInfo': [undefined],
  'state.get': [undefined],
  'interruptions.status': [undefined],
  'calendar.status': [undefined],
  'calendar.refresh': [undefined],
  'shortcuts.status': [undefined],
  'state.act': [
    { action: 'stand' },
    { action: 'pause', minutes: 30 },
    { action: 'pause', minutes: 'tomorrow' },
    { action: 'snack-start', routineId: 'desk-reset' },
  ],
  'settings.get': [undefined],
  'settings.update': [
    { snooze: { minutes: 5 } },
    { promptStyle: 'notification' },
    { focusDeferral: { apps: ['zoom'] } },
    { endOfDaySummary: { time: '17:30' } },
    { workingHours: { ranges: [{ start: '09:00', end: '17:00' }] } },
    { schedule: { custom: { sitMin: 30 } } },
  ],
  'summary.day': [{ date: '2026-11-23' }],
  'summary.range': [{ from: '2026-11-01', to: '2026-11-23' }],
  'summary.rollup': [{ from: '2026-01-01', to: '2026-11-23', by: 'week' }],
  'timeline.day': [{ date: '2026-11-23' }],
  'data.export': [{ format: 'csv' }],
  'data.delete': [{ confirm: 'delete all my data' }],
  'data.import': [{ text: '{"format":"sitwise-export"}' }],
  'notices.get': [undefined],
  'notices.dismiss': [{ id: 'notice-1' }],
  'window.open': [{ screen: 'today' }],
  'pacing.get': [undefined],
  'pacing.createGoal': [
    {
      fields: {
        name: 'Walk',
        metric: 'session-min',
        cadence: { kind: 'every-other-day' },
        progression: { mode: 'percent', pct: 10 },
        aim: 30,
      },
      sessions: [{ minutes: 12 }, { minutes: 14 }, { minutes: 10 }],
    },
  ],
  'pacing.updateGoal': [{ goalId: 'goal-1', baseline: 10 }],
  'pacing.deleteGoal': [{ goalId: 'goal-1', confirmHistory: true }],
  'pacing.logSession': [{ goalId: 'goal-1', minutes: 12, before: 3, after: 4, note: 'ok' }],
  'pacing.flare': [{ on: true, sharePct: 50 }, { on: false }],
  'checkin.get': [undefined],
  'checkin.submit': [
    {
      peg: { pain: 4, enjoyment: 3, activity: 3 },
      activities: [{ name: 'Gardening', score: 5 }],
      stiffness: 4,
      sleep: 6,
      confidence: 7,
      note: '',
    },
  ],
  'checkin.snooze': [{ minutes: 60 }],
  'checkin.guidanceShown': [undefined, { flags: ['rf-night-pain'] }],
  'checkin.trends': [undefined],
  'checkin.reviewed': [undefined],
  'routines.list': [undefined],
  'routines.save': [
    {
      routine: {
        name: 'Physio list',
        place: 'standing',
        steps: [{ instruction: 'Stand tall.', seconds: 10, side: 'none', pose: 'stand' }],
      },
    },
    {
      id: 'user-0a1b2c3d',
      routine: {
        name: 'Two',
        place: 'desk',
        steps: [{ instruction: 'Sit.', reps: 5, side: 'both', pose: null }],
      },
    },
  ],
  'routines.delete': [{ id: 'user-0a1b2c3d' }],
  'routines.export': [{ id: 'user-0a1b2c3d' }],
  'routines.import': [{ text: '{}' }],
  'routines.forPrompt': [
    { id: null, kind: 'move', catchUp: false, posture: null, locale: 'en' },
    { id: 'desk-seated-cat-cow', kind: 'stand', catchUp: true, posture: 'sitting', locale: 'de' },
  ],
  'checkin.dismissPlateau': [{ week: '2026-11-23' }],
  'plan.get': [undefined],
  'plan.update': [{ movement: 'Walk at lunch' }, { clinicianNote: 'Left side worse after driving' }],
  'report.get': [
    { from: '2026-10-01', to: '2026-11-23' },
    { from: '2026-11-01', to: '2026-11-23', notes: ['2026-11-16'], planNote: true },
  ],
  'report.savePdf': [{ report: { from: '2026-10-01', to: '2026-11-23' }, paper: 'A4' }],
};

const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
  withBoxedValues: true,
});

/** Sets `value` at a path inside a structured clone of `base` (objects only; arrays are leaves). */
function replaceAt(base: unknown, path: string[], value: unknown): unknown {
  if (path.length === 0) return value;
  if (typeof base !== 'object' || base === null || Array.isArray(base)) return value;
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const copy: Record<string, unknown> = { ...base };
  copy[head] = replaceAt(copy[head], rest, value);
  return copy;
}

function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

const tricky = fc.constantFrom<unknown>(
  null,
  '',
  0,
  -1,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  1e308,
  '1; DROP TABLE',
  '../../etc/passwd',
  '\u0000',
  'x'.repeat(10_000),
  [],
  {},
  true,
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
);

/** Near misses of valid requests plus arbitrary values, keeping only those the schema refuses. */
function badPayloads(channel: InvokeChannel): fc.Arbitrary<unknown> {
  const schema = invokeChannels[channel].request;
  const samples = validSamples[channel];
  const sample = fc.constantFrom(...samples);
  const leafReplaced = sample.chain((base) =>
    fc
      .tuple(fc.constantFrom(...pathsOf(base)), fc.oneof(anything, tricky))
      .map(([path, v]) => replaceAt(base, path, v)),
  );
  const extraKey = sample.chain((base) =>
    fc
      .tuple(fc.string({ minLength: 1, maxLength: 12 }), anything)
      .map(([key, v]) => (typeof base === 'object' && base !== null ? { ...base, [key]: v } : { [key]: v })),
  );
  return fc.oneof(anything, tricky, leafReplaced, extraKey).filter((p) => !schema.safeParse(p).success);
}

/** Every file under a folder with a hash of its bytes: any write shows up as a difference. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else
        out[full.slice(dir.length)] =
          `${statSync(full).size}:${createHash('sha256').update(readFileSync(full)).digest('hex')}`;
    }
  };
  walk(dir);
  return out;
}

describe('IPC payload fuzz against the real app', () => {
  let dataDir: string;
  let app: App;
  let control: HostControl;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'sitwise-fuzz-'));
    const host = createHostPlatform({
      clock: new FakeClock(Date.UTC(2026, 10, 23, 9)),
      dataDir,
      version: '0.0.0-test',
    });
    control = host.control;
    app = createApp(host.platform);
    await app.start();
  });

  afterAll(async () => {
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function observable() {
    const settings = await app.dispatch('settings.get', undefined);
    return {
      snapshot: structuredClone(app.snapshot()),
      settings,
      files: fingerprint(dataDir),
      effects: structuredClone({
        notifications: control.notifications,
        opened: control.opened,
        promptOpen: control.promptOpen,
        autostart: control.autostart,
        tray: control.tray,
      }),
    };
  }

  it('has a valid sample for every channel (so the near misses are near)', () => {
    for (const channel of invokeChannelNames) {
      for (const sample of validSamples[channel]) {
        expect(
          invokeChannels[channel].request.safeParse(sample).success,
          `${channel} ${JSON.stringify(sample)}`,
        ).toBe(true);
      }
    }
  });

  it.each(invokeChannelNames)(
    '%s: every bad payload is refused clearly and changes nothing',
    async (channel) => {
      const before = await observable();
      await fc.assert(
        fc.asyncProperty(badPayloads(channel), async (payload) => {
          const result = await app.dispatch(channel, payload);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.error.code).toBe('invalid-payload');
          expect(result.error.message).toMatch(
            new RegExp(`^Invalid request for ${channel.replace('.', '\\.')}: .+`),
          );
          expect(result.error.issues?.length).toBeGreaterThan(0);
          // Each broken rule crosses as a code the window can word, never as a sentence.
          for (const issue of result.error.issues ?? [])
            expect(fieldErrorSchema.safeParse(issue).success).toBe(true);
        }),
        { numRuns: 150 },
      );
      expect(await observable()).toEqual(before);
      expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    },
  );

  it('refuses unknown and non-string channel names the same way, changing nothing', async () => {
    const before = await observable();
    await fc.assert(
      fc.asyncProperty(
        // Both transports hand dispatch a string (ipcMain's channel, the host's URL path); primitives too.
        fc
          .oneof(
            fc.string(),
            fc.constantFrom<unknown>('__proto__', 'constructor', 'toString', null, undefined, 42, true),
          )
          .filter((c) => !isInvokeChannel(c)),
        anything,
        async (channel, payload) => {
          const result = await app.dispatch(channel, payload);
          expect(result.ok === false && result.error.code).toBe('unknown-channel');
        },
      ),
      { numRuns: 200 },
    );
    expect(await observable()).toEqual(before);
  });
});
