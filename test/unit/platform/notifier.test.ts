import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createNotifier } from '../../../main/platform/electron/notifier';
import { promptActionCommand, promptNotification } from '../../../main/shell/prompt-notice';
import { wordsFor } from '../../../main/shell/words';
import { prompt } from '../shell/snapshots';
import { Notification, resetFakes } from './electron-fakes';

/** English (GB) words: the notification is checked as the person reads it. */
const EN = wordsFor('en', ['en-GB'], 'UTC');

vi.mock('electron', () => import('./electron-fakes'));

function setup(platform: NodeJS.Platform, sound = true) {
  const errors: unknown[] = [];
  const notifier = createNotifier({ platform, soundEnabled: () => sound, onError: (e) => errors.push(e) });
  return { notifier, errors };
}

describe('Electron notifier', () => {
  beforeEach(resetFakes);

  it('maps notification buttons back to engine inputs (macOS, Windows)', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      resetFakes();
      const { notifier } = setup(platform);
      const p = prompt({ kind: 'stand' });
      const received: string[] = [];
      notifier.show(promptNotification(p, 5, EN), (a) => received.push(a));
      const n = Notification.shown[0];
      expect(n?.options.actions).toEqual([
        { type: 'button', text: 'I’m standing' },
        { type: 'button', text: 'Snooze 5 min' },
        { type: 'button', text: 'Skip' },
      ]);
      n?.emit('action', { actionIndex: 1, selectionIndex: -1 });
      n?.emit('action', { actionIndex: 2, selectionIndex: -1 });
      n?.emit('action', { actionIndex: 9, selectionIndex: -1 });
      n?.emit('click');
      expect(received).toEqual(['snooze', 'skip', 'click']);
      expect(received.map((a) => promptActionCommand(p, a))).toEqual([
        { kind: 'act', action: { action: 'snooze' } },
        { kind: 'act', action: { action: 'skip' } },
        { kind: 'open-prompt' },
      ]);
    }
  });

  it('shows no buttons on Linux, where a click opens the prompt window', () => {
    const { notifier } = setup('linux');
    const received: string[] = [];
    notifier.show(promptNotification(prompt(), 5, EN), (a) => received.push(a));
    expect(Notification.shown[0]?.options.actions).toEqual([]);
    Notification.shown[0]?.emit('click');
    expect(received).toEqual(['click']);
  });

  it('follows the sound setting', () => {
    setup('linux', false).notifier.show(promptNotification(prompt(), 5, EN), () => {});
    setup('linux', true).notifier.show(promptNotification(prompt({ id: 'p-2' }), 5, EN), () => {});
    expect(Notification.shown.map((n) => n.options.silent)).toEqual([true, false]);
  });

  it('replaces a notification with the same id and closes by id', () => {
    const { notifier } = setup('darwin');
    notifier.show(promptNotification(prompt(), 5, EN), () => {});
    notifier.show(promptNotification(prompt(), 5, EN), () => {});
    expect(Notification.shown.map((n) => n.closed)).toEqual([true, false]);
    notifier.close('p-1');
    expect(Notification.shown[1]?.closed).toBe(true);
  });

  it('reports an unsupported system instead of failing silently', () => {
    Notification.supported = false;
    const { notifier, errors } = setup('linux');
    notifier.show(promptNotification(prompt(), 5, EN), () => {});
    expect(Notification.shown).toEqual([]);
    expect(String(errors[0])).toMatch(/not supported/);
  });
});
