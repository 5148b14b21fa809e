/**
 * What the tray shows for a snapshot: status line, tooltip, macOS title, icon and menu. Pure, so every
 * state can be tested without Electron; the adapter only turns this model into a `Menu` and a `Tray`.
 */
import { formatMinutes } from '../../shared/i18n/durations';
import type { Formatter } from '../../shared/i18n/format';
import { promptActionText, promptKindText } from '../../shared/i18n/prompt-kinds';
import { fsReasonText } from '../../shared/i18n/service-error-text';
import type { EngineSnapshot } from '../../shared/snapshot';
import { visiblePrompt } from '../../shared/visible-prompt';
import type { SaveProblem } from '../ports';
import { act, type ShellCommand } from './commands';
import { formatCountdown } from './format';

export type MenuItemModel =
  | { type: 'separator' }
  | { type: 'item'; id: string; label: string; enabled: boolean; command?: ShellCommand }
  | { type: 'submenu'; id: string; label: string; items: MenuItemModel[] };

/** The tray icon: posture (or paused/away/due) and progress to the next prompt in eighths. */
export type IconPosture = 'sitting' | 'standing' | 'moving' | 'paused' | 'away' | 'due';
export interface IconChoice {
  posture: IconPosture;
  /** 0..8: how much of the way to the next prompt (0 when there is none). */
  step: number;
}
export const PROGRESS_STEPS = 8;

export interface TrayModel {
  status: string;
  tooltip: string;
  /** macOS menu-bar text next to the icon; empty when there is no countdown. */
  title: string;
  icon: IconChoice;
  menu: MenuItemModel[];
}

/** Minutes until an instant, rounded up so "in 0 min" only appears when it is due. */
function minutesUntil(at: number, now: number): number {
  return Math.max(0, Math.ceil((at - now) / 60_000));
}

function boutMinutes(s: EngineSnapshot, now: number): number {
  return s.boutStartedAt === null ? 0 : Math.max(0, Math.floor((now - s.boutStartedAt) / 60_000));
}

function isPaused(s: EngineSnapshot, now: number): boolean {
  return s.pausedUntil !== null && s.pausedUntil > now;
}

/** The status line in the formatter's language; times in the formatter's time zone. */
export function statusLine(s: EngineSnapshot, now: number, words: Formatter): string {
  if (isPaused(s, now) && s.pausedUntil !== null)
    return words.t('tray.status.paused', { until: s.pausedUntil });
  if (s.snack) return words.t('tray.status.snack');
  const due = visiblePrompt(s);
  if (due?.state === 'shown') return words.t(promptKindText[due.kind].title);
  if (s.presence === 'away') return words.t('tray.status.away', { reason: s.awayReason ?? 'other' });
  const posture = s.posture;
  if (s.outsideWorkingHours) return words.t('tray.status.outsideHours', { posture });
  const duration = formatMinutes(words, boutMinutes(s, now));
  if (!s.nextPrompt) return words.t('tray.status.bout', { posture, duration });
  const wait = formatMinutes(words, minutesUntil(s.nextPrompt.dueAt, now));
  return words.t('tray.status.boutNext', { posture, duration, next: s.nextPrompt.kind, wait });
}

export function iconChoice(s: EngineSnapshot, now: number): IconChoice {
  if (isPaused(s, now)) return { posture: 'paused', step: 0 };
  if (s.presence === 'away') return { posture: 'away', step: 0 };
  if (visiblePrompt(s)?.state === 'shown') return { posture: 'due', step: PROGRESS_STEPS };
  if (s.snack) return { posture: 'moving', step: 0 };
  return { posture: s.posture, step: progressStep(s, now) };
}

/** Eighths of the way from the start of the bout to the next prompt. */
export function progressStep(s: EngineSnapshot, now: number): number {
  if (!s.nextPrompt || s.boutStartedAt === null) return 0;
  const span = s.nextPrompt.dueAt - s.boutStartedAt;
  if (span <= 0) return PROGRESS_STEPS;
  const fraction = Math.min(1, Math.max(0, (now - s.boutStartedAt) / span));
  return Math.floor(fraction * PROGRESS_STEPS);
}

export function trayTitle(s: EngineSnapshot, now: number): string {
  if (isPaused(s, now) || s.presence === 'away' || s.outsideWorkingHours || !s.nextPrompt) return '';
  if (visiblePrompt(s)?.state === 'shown' || s.snack) return '';
  return formatCountdown(minutesUntil(s.nextPrompt.dueAt, now));
}

export function trayMenu(
  s: EngineSnapshot,
  now: number,
  words: Formatter,
  status: string,
  flare = false,
  saveProblem: SaveProblem | null = null,
): MenuItemModel[] {
  const paused = isPaused(s, now);
  // A disk fault is shown where the user looks first; clicking it opens the dashboard, which says more.
  const problem: MenuItemModel[] =
    saveProblem === null
      ? []
      : [
          {
            type: 'item',
            id: 'save-problem',
            label: words.t('tray.menu.saveProblem', {
              folder: saveProblem.folder,
              why: fsReasonText(words, saveProblem.errno),
            }),
            enabled: true,
            command: { kind: 'open' },
          },
        ];
  return [
    ...problem,
    { type: 'item', id: 'status', label: status, enabled: false },
    { type: 'separator' },
    {
      type: 'item',
      id: 'stand',
      label: words.t(promptActionText.standing),
      enabled: !(s.presence === 'present' && s.posture === 'standing'),
      command: act({ action: 'stand' }),
    },
    {
      type: 'item',
      id: 'sit',
      label: words.t(promptActionText.sitting),
      enabled: !(s.presence === 'present' && s.posture === 'sitting'),
      command: act({ action: 'sit' }),
    },
    {
      type: 'item',
      id: 'snack',
      label: words.t('tray.menu.snackNow'),
      enabled: s.snack === null,
      command: act({ action: 'snack-start' }),
    },
    { type: 'separator' },
    {
      type: 'submenu',
      id: 'pause',
      label: words.t('tray.menu.pause'),
      items: [
        {
          type: 'item',
          id: 'pause-30',
          label: words.t('tray.menu.pauseMinutes', { minutes: 30 }),
          enabled: true,
          command: act({ action: 'pause', minutes: 30 }),
        },
        {
          type: 'item',
          id: 'pause-60',
          label: words.t('tray.menu.pauseHours', { hours: 1 }),
          enabled: true,
          command: act({ action: 'pause', minutes: 60 }),
        },
        {
          type: 'item',
          id: 'pause-tomorrow',
          label: words.t('tray.menu.pauseTomorrow'),
          enabled: true,
          command: act({ action: 'pause', minutes: 'tomorrow' }),
        },
        { type: 'separator' },
        {
          type: 'item',
          id: 'resume',
          label: words.t('tray.menu.resume'),
          enabled: paused,
          command: act({ action: 'resume' }),
        },
      ],
    },
    {
      type: 'item',
      id: 'flare',
      label: words.t(flare ? 'tray.menu.flareOff' : 'tray.menu.flareOn'),
      enabled: true,
      command: { kind: 'flare', on: !flare },
    },
    { type: 'separator' },
    {
      type: 'item',
      id: 'today',
      label: words.t('tray.menu.today'),
      enabled: true,
      command: { kind: 'open', screen: 'today' },
    },
    { type: 'item', id: 'open', label: words.t('tray.menu.open'), enabled: true, command: { kind: 'open' } },
    {
      type: 'item',
      id: 'safety',
      label: words.t('common.safetyLinkLong'),
      enabled: true,
      command: { kind: 'open', screen: 'safety' },
    },
    { type: 'separator' },
    { type: 'item', id: 'quit', label: words.t('tray.menu.quit'), enabled: true, command: { kind: 'quit' } },
  ];
}

export function trayModel(
  s: EngineSnapshot,
  now: number,
  words: Formatter,
  flare = false,
  saveProblem: SaveProblem | null = null,
): TrayModel {
  const status = statusLine(s, now, words);
  return {
    status,
    tooltip: words.t('tray.tooltip', { status }),
    title: trayTitle(s, now),
    icon: iconChoice(s, now),
    menu: trayMenu(s, now, words, status, flare, saveProblem),
  };
}

/** A key that changes exactly when the menu's visible content changes: the adapter rebuilds only then. */
export function menuKey(menu: MenuItemModel[]): string {
  return JSON.stringify(menu);
}

/** Finds the command of a menu item by id (the adapter resolves clicks through this). */
export function commandOf(menu: MenuItemModel[], id: string): ShellCommand | undefined {
  for (const item of menu) {
    if (item.type === 'item' && item.id === id) return item.command;
    if (item.type === 'submenu') {
      const found = commandOf(item.items, id);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * The next instant the tray's text or icon would change without a new snapshot: a bout minute ticking
 * over, the countdown dropping a minute, a progress step, or a pause ending. The adapter sets one timer
 * for it instead of polling. Null when nothing would change.
 */
export function nextChangeAt(s: EngineSnapshot, now: number): number | null {
  const candidates: number[] = [];
  if (s.pausedUntil !== null && s.pausedUntil > now) candidates.push(s.pausedUntil);
  if (s.boutStartedAt !== null && s.boutStartedAt <= now) {
    candidates.push(s.boutStartedAt + (Math.floor((now - s.boutStartedAt) / 60_000) + 1) * 60_000);
  }
  if (s.nextPrompt && s.nextPrompt.dueAt > now) {
    const due = s.nextPrompt.dueAt;
    candidates.push(due - (Math.ceil((due - now) / 60_000) - 1) * 60_000);
    if (s.boutStartedAt !== null && due > s.boutStartedAt) {
      const span = due - s.boutStartedAt;
      const step = Math.floor(((now - s.boutStartedAt) / span) * PROGRESS_STEPS) + 1;
      if (step <= PROGRESS_STEPS)
        candidates.push(Math.ceil(s.boutStartedAt + (span * step) / PROGRESS_STEPS));
    }
  }
  const future = candidates.filter((t) => t > now);
  return future.length > 0 ? Math.min(...future) : null;
}
