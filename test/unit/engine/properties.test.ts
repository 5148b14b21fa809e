/** Property tests: for random input streams the figures add up, nothing is negative, events are ordered,
 * the same input gives the same output, and a restart restores the same state. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runScenario } from '../../../main/cli/scenario';
import { createEngine, restoreFromEvents } from '../../../main/engine';
import type { EngineState } from '../../../main/engine/types';
import { engineEventSchema } from '../../../shared/events';
import { timelineOf } from '../../../shared/fold';
import { defaultSettings } from '../../../shared/settings';
import { daySummarySchema } from '../../../shared/summary';
import { stream, toSteps } from './random-streams';

describe('engine properties', () => {
  it('figures add up per day, nothing is negative, events are ordered and valid', () => {
    fc.assert(
      fc.property(stream, (s) => {
        const { steps, jumpsMs, shiftsMs } = toSteps(s);
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
          // A day is at most 25 h, plus whatever the wall clock was set back or a zone or day-start change moved its end.
          expect(span).toBeLessThanOrEqual(25 * 3_600_000 + jumpsMs + shiftsMs);
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
