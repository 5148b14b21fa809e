import { describe, expect, it } from 'vitest';
import { promptActionCommand, promptNotification } from '../../../main/shell/prompt-notice';
import { wordsFor } from '../../../main/shell/words';
import { userActionSchema } from '../../../shared/ipc';
import { prompt } from './snapshots';

/** English (GB) words: the notification is checked as the person reads it. */
const EN = wordsFor('en', ['en-GB'], 'UTC');

describe('prompt notifications', () => {
  it('offers start, snooze and skip while snoozes are left', () => {
    const spec = promptNotification(prompt({ kind: 'stand', snoozesLeft: 1 }), 5, EN);
    expect(spec.title).toBe('Time to stand up');
    expect(spec.actions).toEqual([
      { id: 'start', label: 'I’m standing' },
      { id: 'snooze', label: 'Snooze 5 min' },
      { id: 'skip', label: 'Skip' },
    ]);
  });

  it('drops snooze when none are left, and the action does nothing if it arrives anyway', () => {
    const p = prompt({ snoozesLeft: 0 });
    expect(promptNotification(p, 5, EN).actions.map((a) => a.id)).toEqual(['start', 'skip']);
    expect(promptActionCommand(p, 'snooze')).toBeNull();
  });

  it.each([
    ['stand', 'start', { kind: 'act', action: { action: 'stand' } }],
    ['sit', 'start', { kind: 'act', action: { action: 'sit' } }],
    ['move', 'start', { kind: 'act', action: { action: 'snack-start', routineId: 'desk-reset' } }],
    ['escalate', 'start', { kind: 'act', action: { action: 'snack-start', routineId: 'desk-reset' } }],
    ['shift', 'start', { kind: 'act', action: { action: 'snack-start', routineId: 'desk-reset' } }],
    ['shift', 'sit', { kind: 'act', action: { action: 'sit' } }],
    ['stand', 'sit', null],
    ['stand', 'snooze', { kind: 'act', action: { action: 'snooze' } }],
    ['move', 'skip', { kind: 'act', action: { action: 'skip' } }],
    ['move', 'click', { kind: 'open-prompt' }],
    ['move', 'close', null],
    ['move', 'bogus', null],
  ] as const)('%s prompt, %s → %j', (kind, actionId, expected) => {
    const command = promptActionCommand(prompt({ kind }), actionId);
    expect(command).toEqual(expected);
    if (command?.kind === 'act') expect(userActionSchema.safeParse(command.action).success).toBe(true);
  });

  it('starts a snack without a routine when none is suggested', () => {
    expect(promptActionCommand(prompt({ kind: 'move', routineId: null }), 'start')).toEqual({
      kind: 'act',
      action: { action: 'snack-start' },
    });
  });

  it('every offered button maps to a command', () => {
    for (const kind of ['stand', 'sit', 'move', 'shift', 'escalate'] as const) {
      const p = prompt({ kind });
      for (const a of promptNotification(p, 5, EN).actions)
        expect(promptActionCommand(p, a.id), `${kind}/${a.id}`).not.toBeNull();
    }
  });
});
