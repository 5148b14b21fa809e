/** The prompt window's routine: the named one (own or built-in), else a suggestion, as main answers it. */
import { describe, expect, it } from 'vitest';
import { routineForPrompt } from '../../../main/services/routines/prompt-routine';
import { contentIn } from '../../../shared/content/i18n/catalogues';
import type { PlayableRoutine } from '../../../shared/content/own-routines';
import type { Locale } from '../../../shared/i18n/locales';

const own: PlayableRoutine = {
  id: 'user-0a1b2c3d',
  title: 'Physio list',
  summary: 'Stand tall.',
  placement: 'standing',
  snack: true,
  staple: false,
  effort: 'gentle',
  prompts: ['stand', 'move'],
  steps: [{ instruction: 'Stand tall.', seconds: 20, side: 'none', placement: 'standing' }],
};
const deps = { builtIn: (locale: Locale) => contentIn(locale).routines, own: () => [own] };

describe('routineForPrompt', () => {
  it('answers the named built-in routine in the person’s language, with only what the player reads', () => {
    const r = routineForPrompt(deps, {
      id: 'desk-seated-cat-cow',
      kind: 'sit',
      catchUp: false,
      posture: null,
      locale: 'fr',
    });
    expect(r.id).toBe('desk-seated-cat-cow');
    expect(r.title).toBe('Chat-vache sur la chaise');
    expect(Object.keys(r).sort()).toEqual(
      ['effort', 'id', 'placement', 'prompts', 'snack', 'staple', 'steps', 'summary', 'title'].sort(),
    );
  });

  it('answers one of the person’s own routines by its id', () => {
    expect(
      routineForPrompt(deps, { id: own.id, kind: 'stand', catchUp: false, posture: null, locale: 'en' }),
    ).toEqual(own);
  });

  it('suggests a snack for the prompt when none is named or the named one is gone', () => {
    for (const id of [null, 'user-gone0000']) {
      const r = routineForPrompt(deps, { id, kind: 'sit', catchUp: false, posture: 'sitting', locale: 'en' });
      expect(r.snack).toBe(true);
      expect(r.prompts).toContain('sit');
      expect(r.placement).toBe('desk');
    }
  });
});
