import { describe, expect, it } from 'vitest';
import {
  commandOf,
  iconChoice,
  type MenuItemModel,
  menuKey,
  nextChangeAt,
  PROGRESS_STEPS,
  statusLine,
  trayModel,
} from '../../../main/shell/tray-model';
import { wordsFor } from '../../../main/shell/words';
import { MIN, prompt, sitting, T0 } from './snapshots';

/** English (GB) words in Berlin time: the tray's text is checked as the person reads it. */
const EN = wordsFor('en', ['en-GB'], 'Europe/Berlin');

function item(menu: MenuItemModel[], id: string) {
  for (const i of menu) {
    if (i.type === 'item' && i.id === id) return i;
    if (i.type === 'submenu') {
      const found = i.items.find((x) => x.type === 'item' && x.id === id);
      if (found && found.type === 'item') return found;
    }
  }
  throw new Error(`no menu item ${id}`);
}

describe('tray model', () => {
  it('shows bout and countdown in the status line, tooltip and macOS title', () => {
    const m = trayModel(sitting(), T0, EN);
    expect(m.status).toBe('Sitting 23 min · next: stand in 7 min');
    expect(m.tooltip).toBe('Sitwise: Sitting 23 min · next: stand in 7 min');
    expect(m.title).toBe('7m');
    expect(m.menu[0]).toEqual({ type: 'item', id: 'status', label: m.status, enabled: false });
  });

  it('counts from the clock, not from the snapshot, between snapshots', () => {
    const m = trayModel(sitting(), T0 + 5 * MIN + 1, EN);
    expect(m.status).toBe('Sitting 28 min · next: stand in 2 min');
    expect(m.title).toBe('2m');
  });

  it('lists the whole menu in order, with what each item does', () => {
    const m = trayModel(sitting(), T0, EN);
    const labels = m.menu.map((i) => (i.type === 'separator' ? '—' : i.label));
    expect(labels).toEqual([
      'Sitting 23 min · next: stand in 7 min',
      '—',
      'I’m standing',
      'I’m sitting',
      'Movement snack now',
      '—',
      'Pause',
      'Flare-up mode: lighter targets',
      '—',
      'Today’s summary',
      'Open Sitwise',
      'Safety and warning signs',
      '—',
      'Quit Sitwise',
    ]);
    const pause = m.menu.find((i) => i.type === 'submenu');
    expect(pause?.type === 'submenu' && pause.items.map((i) => (i.type === 'item' ? i.label : '—'))).toEqual([
      '30 min',
      '1 hour',
      'For the rest of today',
      '—',
      'Resume',
    ]);
    expect(commandOf(m.menu, 'stand')).toEqual({ kind: 'act', action: { action: 'stand' } });
    expect(commandOf(m.menu, 'sit')).toEqual({ kind: 'act', action: { action: 'sit' } });
    expect(commandOf(m.menu, 'snack')).toEqual({ kind: 'act', action: { action: 'snack-start' } });
    expect(commandOf(m.menu, 'pause-30')).toEqual({ kind: 'act', action: { action: 'pause', minutes: 30 } });
    expect(commandOf(m.menu, 'pause-60')).toEqual({ kind: 'act', action: { action: 'pause', minutes: 60 } });
    expect(commandOf(m.menu, 'pause-tomorrow')).toEqual({
      kind: 'act',
      action: { action: 'pause', minutes: 'tomorrow' },
    });
    expect(commandOf(m.menu, 'resume')).toEqual({ kind: 'act', action: { action: 'resume' } });
    expect(commandOf(m.menu, 'today')).toEqual({ kind: 'open', screen: 'today' });
    expect(commandOf(m.menu, 'open')).toEqual({ kind: 'open' });
    expect(commandOf(m.menu, 'safety')).toEqual({ kind: 'open', screen: 'safety' });
    expect(commandOf(m.menu, 'quit')).toEqual({ kind: 'quit' });
  });

  it('shows no waiting prompt while away or outside working hours (away is the break)', () => {
    const locked = trayModel(
      sitting({ presence: 'away', awayReason: 'lock', activePrompt: prompt({ kind: 'escalate' }) }),
      T0,
      EN,
    );
    expect(locked.status).toBe('Away · screen locked');
    expect(locked.icon.posture).toBe('away');
    const evening = trayModel(
      sitting({ outsideWorkingHours: true, activePrompt: prompt({ kind: 'stand' }) }),
      T0,
      EN,
    );
    expect(evening.status).toBe('Sitting · outside working hours');
    expect(evening.icon.posture).not.toBe('due');
  });

  it('enables the posture answer that would change something', () => {
    const sit = trayModel(sitting(), T0, EN).menu;
    expect([item(sit, 'stand').enabled, item(sit, 'sit').enabled]).toEqual([true, false]);
    const stand = trayModel(sitting({ posture: 'standing' }), T0, EN).menu;
    expect([item(stand, 'stand').enabled, item(stand, 'sit').enabled]).toEqual([false, true]);
    const away = trayModel(sitting({ presence: 'away', awayReason: 'idle' }), T0, EN).menu;
    expect([item(away, 'stand').enabled, item(away, 'sit').enabled]).toEqual([true, true]);
  });

  it('offers Resume only while paused, and says until when', () => {
    expect(item(trayModel(sitting(), T0, EN).menu, 'resume').enabled).toBe(false);
    const paused = sitting({ pausedUntil: T0 + 30 * MIN });
    const m = trayModel(paused, T0, EN);
    expect(item(m.menu, 'resume').enabled).toBe(true);
    expect(m.status).toBe('Paused until 10:30'); // 09:30 UTC is 10:30 in Berlin
    expect(m.title).toBe('');
    expect(m.icon).toEqual({ posture: 'paused', step: 0 });
    // A pause that has ended is not a pause.
    expect(trayModel(paused, T0 + 31 * MIN, EN).icon.posture).toBe('sitting');
  });

  it('disables the snack item while a snack runs', () => {
    const m = trayModel(sitting({ snack: { startedAt: T0, routineId: null } }), T0, EN);
    expect(item(m.menu, 'snack').enabled).toBe(false);
    expect(m.status).toBe('Movement snack in progress');
  });

  it.each([
    [sitting({ activePrompt: prompt({ kind: 'stand' }) }), 'Time to stand up'],
    [sitting({ activePrompt: prompt({ kind: 'sit' }) }), 'Time to sit down'],
    [sitting({ activePrompt: prompt({ kind: 'move' }) }), 'Time for a movement snack'],
    [sitting({ presence: 'away', awayReason: 'lock' }), 'Away · screen locked'],
    [sitting({ presence: 'away', awayReason: 'suspend' }), 'Away · asleep'],
    [sitting({ presence: 'away', awayReason: 'idle' }), 'Away'],
    [sitting({ outsideWorkingHours: true }), 'Sitting · outside working hours'],
    [
      sitting({ posture: 'standing', nextPrompt: { kind: 'sit', dueAt: T0 + 61 * MIN } }),
      'Standing 23 min · next: sit in 1 h 1 min',
    ],
    [sitting({ nextPrompt: null }), 'Sitting 23 min'],
  ])('status line %#: %s', (snapshot, expected) => {
    expect(statusLine(snapshot, T0, EN)).toBe(expected);
  });

  it('fills the icon in eighths of the way to the next prompt', () => {
    // Bout started 23 min ago, prompt in 7: 23/30 of the way → 6 eighths.
    expect(iconChoice(sitting(), T0)).toEqual({ posture: 'sitting', step: 6 });
    expect(iconChoice(sitting(), T0 + 7 * MIN)).toEqual({ posture: 'sitting', step: PROGRESS_STEPS });
    expect(
      iconChoice(sitting({ boutStartedAt: T0, nextPrompt: { kind: 'stand', dueAt: T0 + 30 * MIN } }), T0),
    ).toEqual({
      posture: 'sitting',
      step: 0,
    });
    expect(iconChoice(sitting({ posture: 'standing' }), T0).posture).toBe('standing');
    expect(iconChoice(sitting({ activePrompt: prompt() }), T0)).toEqual({
      posture: 'due',
      step: PROGRESS_STEPS,
    });
    expect(iconChoice(sitting({ presence: 'away', awayReason: 'idle' }), T0)).toEqual({
      posture: 'away',
      step: 0,
    });
  });

  it('changes the menu key only when the visible menu changes', () => {
    const a = menuKey(trayModel(sitting(), T0, EN).menu);
    expect(menuKey(trayModel(sitting(), T0 + 30_000, EN).menu)).toBe(a);
    expect(menuKey(trayModel(sitting(), T0 + MIN, EN).menu)).not.toBe(a);
    expect(menuKey(trayModel(sitting({ posture: 'standing' }), T0, EN).menu)).not.toBe(a);
  });

  it('knows the next instant the text changes, so the adapter needs one timer and no polling', () => {
    const s = sitting({ boutStartedAt: T0 - 23 * MIN - 20_000 });
    // Bout minute ticks at +40 s; the countdown ("7 min" → "6 min") ticks when 6 whole minutes remain (+60 s).
    expect(nextChangeAt(s, T0)).toBe(T0 + 40_000);
    const at = nextChangeAt(sitting(), T0);
    expect(at).toBe(T0 + MIN);
    expect(statusLine(sitting(), (at ?? 0) - 1, EN)).toBe(statusLine(sitting(), T0, EN));
    expect(statusLine(sitting(), at ?? 0, EN)).not.toBe(statusLine(sitting(), T0, EN));
    expect(nextChangeAt(sitting({ boutStartedAt: null, nextPrompt: null }), T0)).toBeNull();
    expect(nextChangeAt(sitting({ boutStartedAt: null, nextPrompt: null, pausedUntil: T0 + 5 }), T0)).toBe(
      T0 + 5,
    );
  });
});

describe('flare-up mode in the tray', () => {
  it('offers to enter flare mode, and to leave it once on', () => {
    const off = trayModel(sitting(), T0, EN);
    expect(item(off.menu, 'flare')).toMatchObject({
      label: 'Flare-up mode: lighter targets',
      command: { kind: 'flare', on: true },
    });
    const on = trayModel(sitting(), T0, EN, true);
    expect(item(on.menu, 'flare')).toMatchObject({
      label: 'Leave flare-up mode',
      command: { kind: 'flare', on: false },
    });
    expect(menuKey(on.menu)).not.toBe(menuKey(off.menu));
  });
});
