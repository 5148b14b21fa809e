/**
 * The prompt window's routine: the named one (own or built-in), else a suggestion, in the language the window
 * asks for, with the words of the poses its steps show.
 */
import { describe, expect, it } from 'vitest';
import { routineForPrompt } from '../../../main/services/routines/prompt-routine';
import { localizedContent } from '../../../shared/content/i18n/catalogues';
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
  steps: [{ instruction: 'Stand tall.', seconds: 20, side: 'none', placement: 'standing', poses: ['stand'] }],
};
const deps = {
  content: (locale: Locale) => {
    const { catalog, poses } = localizedContent(locale);
    return { routines: catalog.routines, poses };
  },
  own: () => [own],
};

describe('routineForPrompt', () => {
  it('answers the named built-in routine in the window’s language, with only what the player reads', () => {
    const { routine, poses } = routineForPrompt(deps, {
      id: 'desk-seated-cat-cow',
      kind: 'sit',
      catchUp: false,
      posture: null,
      locale: 'fr',
    });
    expect(routine.id).toBe('desk-seated-cat-cow');
    expect(routine.title).toBe('Chat-vache sur la chaise');
    expect(Object.keys(routine).sort()).toEqual(
      ['effort', 'id', 'placement', 'prompts', 'snack', 'staple', 'steps', 'summary', 'title'].sort(),
    );
    // The words of exactly the poses its steps show, in French.
    const shown = [...new Set(routine.steps.flatMap((s) => s.poses ?? []))].sort();
    expect(Object.keys(poses).sort()).toEqual(shown);
    expect(poses['sit-front-edge']?.alt).toMatch(/^Une personne /);
  });

  it('answers one of the person’s own routines by its id, with its pose’s words', () => {
    const answer = routineForPrompt(deps, {
      id: own.id,
      kind: 'stand',
      catchUp: false,
      posture: null,
      locale: 'en',
    });
    expect(answer.routine).toEqual(own);
    expect(Object.keys(answer.poses)).toEqual(['stand']);
  });

  it('suggests a snack for the prompt when none is named or the named one is gone', () => {
    for (const id of [null, 'user-gone0000']) {
      const { routine } = routineForPrompt(deps, {
        id,
        kind: 'sit',
        catchUp: false,
        posture: 'sitting',
        locale: 'en',
      });
      expect(routine.snack).toBe(true);
      expect(routine.prompts).toContain('sit');
      expect(routine.placement).toBe('desk');
    }
  });
});
