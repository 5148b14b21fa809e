import { describe, expect, it } from 'vitest';
import {
  type ContentCatalog,
  catalog,
  type Routine,
  routines,
  STOP_IF_WORSE,
  svgProblems,
  tips,
  validateContent,
} from '../../../shared/content';

/** A routine that passes every check, to break one thing at a time. */
const good: Routine = {
  id: 'test-good',
  title: 'Test routine',
  summary: 'A short routine for tests.',
  category: 'thoracic',
  placement: 'desk',
  snack: true,
  staple: false,
  effort: 'gentle',
  prompts: ['sit'],
  steps: [{ instruction: 'Sit tall.', reps: 5, side: 'none', placement: 'desk', poses: ['sit-tall'] }],
  cautions: [STOP_IF_WORSE],
  source: 'seed-living-well',
  dosageSource: 'nhs-back-exercises',
};

const withRoutines = (...extra: Routine[]): ContentCatalog => ({
  ...catalog,
  routines: [...routines, ...extra],
});
const problemsFor = (c: ContentCatalog, id: string) =>
  validateContent(c)
    .filter((p) => p.where.startsWith(`routines/${id}`) || p.where.startsWith(`tips/${id}`))
    .map((p) => p.problem);

describe('validateContent finds broken content', () => {
  it('accepts the good test routine', () => {
    expect(validateContent(withRoutines(good))).toEqual([]);
  });

  it('rejects a reused id', () => {
    const first = routines[0];
    if (!first) throw new Error('no routines');
    const problems = validateContent(withRoutines({ ...good, id: first.id }));
    expect(problems.some((p) => p.problem.startsWith('id already used'))).toBe(true);
  });

  it('rejects an id shared across collections', () => {
    const tip = tips[0];
    if (!tip) throw new Error('no tips');
    const problems = validateContent(withRoutines({ ...good, id: tip.id }));
    expect(problems).toContainEqual({ where: `tips/${tip.id}`, problem: 'id already used in routines' });
  });

  it('rejects an unknown source or dosage source', () => {
    const c = withRoutines(
      { ...good, source: 'nowhere' },
      { ...good, id: 'test-dose', dosageSource: 'nobody' },
    );
    expect(problemsFor(c, 'test-good')).toEqual(['unknown source "nowhere"']);
    expect(problemsFor(c, 'test-dose')).toEqual(['unknown source "nobody"']);
  });

  it('rejects a snack longer than 2 minutes and a step with both seconds and reps', () => {
    const long = {
      ...good,
      steps: [{ instruction: 'Walk.', seconds: 121, side: 'none', placement: 'desk', poses: ['sit-tall'] }],
    } as const;
    expect(problemsFor(withRoutines({ ...long, steps: [...long.steps] }), 'test-good')).toEqual([
      'snack runs 121 s (max 120)',
    ]);
    const both = {
      ...good,
      steps: [
        { instruction: 'Sit.', seconds: 5, reps: 5, side: 'none' as const, placement: 'desk' as const },
      ],
    };
    expect(problemsFor(withRoutines(both), 'test-good')).toContain(
      'a step has either seconds or reps, not both and not neither',
    );
  });

  it('rejects out-of-range doses and bad ids', () => {
    const bad = {
      ...good,
      id: 'Test_Bad',
      steps: [{ instruction: 'Sit.', reps: 500, side: 'none' as const, placement: 'desk' as const }],
    };
    const problems = validateContent(withRoutines(bad)).filter((p) =>
      p.where.startsWith('routines/Test_Bad'),
    );
    expect(problems.some((p) => p.where.endsWith('.id'))).toBe(true);
    expect(problems.some((p) => p.where.endsWith('steps.0.reps'))).toBe(true);
  });

  it('rejects a floor snack and a snack without prompts', () => {
    expect(problemsFor(withRoutines({ ...good, placement: 'floor' }), 'test-good')).toContain(
      'a snack routine must fit at a desk',
    );
    expect(problemsFor(withRoutines({ ...good, prompts: [] }), 'test-good')).toContain(
      'a snack routine lists the prompts it suits, and only snack routines do',
    );
  });

  it('rejects a routine without the stop-if-worse caution', () => {
    expect(problemsFor(withRoutines({ ...good, cautions: ['Go slowly.'] }), 'test-good')).toEqual([
      'lacks the stop-if-worse caution',
    ]);
  });

  it('lints wording deep inside a routine (a step caution) and in tip text', () => {
    const step = { instruction: 'Sit tall.', reps: 5, side: 'none' as const, placement: 'desk' as const };
    const claim = { ...good, steps: [{ ...step, cautions: ['This will cure stiffness.'] }] };
    const c: ContentCatalog = {
      ...withRoutines(claim),
      tips: [
        ...tips,
        {
          id: 'test-tip',
          text: 'Sitting causes sciatica!',
          contexts: ['sitting'],
          source: 'seed-living-well',
        },
      ],
    };
    const problems = validateContent(c);
    expect(problems).toContainEqual({
      where: 'routines/test-good.steps.0.cautions.0',
      problem: 'makes a health claim ("cure")',
    });
    expect(problems.filter((p) => p.where === 'tips/test-tip.text').map((p) => p.problem)).toEqual([
      'names a condition ("sciatica")',
      'uses an exclamation mark; keep the tone calm',
    ]);
  });

  it('rejects an unsafe illustration and lints its alt text', () => {
    const art = {
      svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><script>x()</script></svg>',
      alt: 'Heal your back.',
    };
    const problems = problemsFor(withRoutines({ ...good, illustration: art }), 'test-good');
    expect(problems).toContain('element <script> is not allowed');
    expect(problems).toContain('makes a health claim ("Heal")');
  });
});

describe('svgProblems', () => {
  const ok =
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><circle cx="1" cy="1" r="1"/></svg>';
  it('accepts plain shapes', () => expect(svgProblems(ok)).toEqual([]));
  it('rejects handlers, links, images, missing namespace or viewBox', () => {
    expect(svgProblems(ok.replace('<circle', '<circle onclick="x()"'))).toContain(
      'event handler attributes are not allowed',
    );
    expect(svgProblems(ok.replace('<circle cx="1" cy="1" r="1"/>', '<image href="https://x"/>'))).toEqual([
      'element <image> is not allowed',
      'links, urls and embedded data are not allowed',
    ]);
    expect(svgProblems(ok.replace(' xmlns="http://www.w3.org/2000/svg"', ''))).toContain(
      'must declare the SVG namespace',
    );
    expect(svgProblems(ok.replace(' viewBox="0 0 64 64"', ''))).toContain('must have a viewBox so it scales');
    expect(svgProblems(`<div>${ok}</div>`)).toContain('must be one <svg> element');
  });
});

describe('poses of steps', () => {
  it('finds a step without a pose, a pose from another place, and props that change mid-step', () => {
    const step = good.steps[0];
    if (!step) throw new Error('no step');
    const { poses: _none, ...bare } = step;
    const broken: Routine = {
      ...good,
      steps: [
        bare,
        { ...step, poses: ['stand'] },
        { ...step, poses: ['lie-knees-bent'], placement: 'floor' },
        { ...step, poses: ['sit-tall', 'sit-twist'] },
        { ...step, poses: ['stand-at-desk', 'stand'], placement: 'standing' },
      ],
    };
    expect(problemsFor(withRoutines(broken), 'test-good')).toEqual([
      'has no pose',
      'pose "stand" is done standing, the step desk',
      'pose "sit-twist" is drawn from another view than "sit-tall"',
      'pose "stand" has other props than "stand-at-desk"',
    ]);
  });

  it('keeps ids starting "user-" for a person\'s own routines', () => {
    expect(problemsFor(withRoutines({ ...good, id: 'user-abc' }), 'user-abc')).toEqual([
      'ids starting "user-" are kept for a person\'s own routines',
    ]);
  });
});
