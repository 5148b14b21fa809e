/** The routine file: what a good one looks like, and how bad, newer and hostile files are refused. */
import { describe, expect, it } from 'vitest';
import { asPlayable } from '../../../shared/content/own-routines';
import { parseRoutineFile, ROUTINE_FILE_MAX_CHARS } from '../../../shared/content/user-routine';

const good = {
  format: 'sitwise-routine',
  version: 1,
  routine: {
    name: 'Physio list',
    place: 'standing',
    steps: [
      { instruction: 'Stand tall and breathe.', seconds: 10, side: 'none', pose: 'stand' },
      { instruction: 'Lean back gently.', reps: 5, side: 'none', pose: 'stand-lean-back' },
      { instruction: 'Rise onto your toes.', reps: 8, side: 'none', pose: null },
    ],
  },
};
const text = (value: unknown) => JSON.stringify(value);
const failure = (t: string) => {
  const r = parseRoutineFile(t);
  if (r.ok) throw new Error('expected a refusal');
  return r.message;
};

describe('a good routine file', () => {
  it('reads back the routine it holds', () => {
    expect(parseRoutineFile(text(good))).toEqual({ ok: true, routine: good.routine });
  });

  it('plays as a snack-sized routine with one key pose per step, or none', () => {
    const r = parseRoutineFile(text(good));
    if (!r.ok) throw new Error(r.message);
    const playable = asPlayable({ id: 'user-abc123', routine: r.routine });
    // 10 s + 5 × 3 s + 8 × 3 s = 49 s, standing: a snack for the standing prompts.
    expect(playable.snack).toBe(true);
    expect(playable.prompts).toEqual(['stand', 'move', 'shift', 'escalate']);
    expect(playable.steps.map((s) => s.poses)).toEqual([['stand'], ['stand-lean-back'], undefined]);
  });
});

describe('bad files are refused with a reason', () => {
  it('not JSON', () =>
    expect(failure('step 1: stand up')).toBe('This is not a routine file: it is not JSON.'));
  it('JSON of another kind', () => {
    expect(failure('[1,2]')).toBe('This is not a Sitwise routine file.');
    expect(failure(text({ ...good, format: 'other' }))).toBe('This is not a Sitwise routine file.');
  });
  it('a step without a dose, and a pose from another place', () => {
    const broken = {
      ...good,
      routine: {
        ...good.routine,
        steps: [
          { instruction: 'Stand.', side: 'none', pose: 'stand' },
          { instruction: 'Sit.', seconds: 5, side: 'none', pose: 'sit-tall' },
        ],
      },
    };
    expect(failure(text(broken))).toBe(
      'This routine file has a problem: routine.steps.0: a step has either seconds or repetitions; ' +
        'routine.steps.1.pose: the pose "sit-tall" is not done standing.',
    );
  });
  it('an unknown pose name', () => {
    const broken = {
      ...good,
      routine: { ...good.routine, steps: [{ instruction: 'Fly.', seconds: 5, side: 'none', pose: 'fly' }] },
    };
    expect(failure(text(broken))).toMatch(/^This routine file has a problem: routine\.steps\.0\.pose: /);
  });
});

describe('files from a newer Sitwise are refused, not guessed at', () => {
  it('names the version', () => {
    expect(failure(text({ ...good, version: 2, routine: { anything: true } }))).toBe(
      'This routine was saved by a newer version of Sitwise (file version 2). Update Sitwise to open it.',
    );
  });
});

describe('hostile files', () => {
  const withInstruction = (instruction: string) =>
    text({ ...good, routine: { ...good.routine, steps: [{ ...good.routine.steps[0], instruction }] } });

  it('refuses markup and script links in any text', () => {
    expect(failure(withInstruction('<img src=x onerror=alert(1)>'))).toMatch(/must be plain text/);
    expect(failure(withInstruction('Open javascript:alert(1)'))).toMatch(/must not contain links/);
    expect(failure(text({ ...good, routine: { ...good.routine, name: '<script>' } }))).toMatch(
      /routine\.name: must be plain text/,
    );
  });

  it('refuses control characters and extra keys, including __proto__', () => {
    expect(failure(withInstruction('Stand\u0007'))).toMatch(/control characters/);
    expect(
      failure(
        '{"format":"sitwise-routine","version":1,"routine":{"__proto__":{"x":1},"name":"A","place":"desk","steps":[]}}',
      ),
    ).toMatch(/^This routine file has a problem: /);
    expect(failure(text({ ...good, script: 'x' }))).toMatch(/^This routine file has a problem: /);
  });

  it('refuses an oversized file before reading it, and too many steps', () => {
    expect(failure(' '.repeat(ROUTINE_FILE_MAX_CHARS + 1))).toBe(
      'This file is too large to be a routine file.',
    );
    const many = Array.from({ length: 13 }, () => good.routine.steps[0]);
    expect(failure(text({ ...good, routine: { ...good.routine, steps: many } }))).toMatch(/at most 12 steps/);
  });

  it('refuses numbers outside the ranges', () => {
    expect(failure(withInstruction('x').replace('"seconds":10', '"seconds":1e9'))).toMatch(/seconds/);
  });
});
