/**
 * What the tray shows for a snapshot: status line, tooltip, macOS title, icon and menu. Pure, so every
 * state can be tested without Electron; the adapter only turns this model into a `Menu` and a `Tray`.
 */
import type { EngineSnapshot, PromptKind } from '../../shared/snapshot';
import { visiblePrompt } from '../../shared/visible-prompt';
import { act, type ShellCommand } from './commands';
import { formatClock, formatCountdown, formatMinutes } from './format';

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

const nextLabel: Record<PromptKind, string> = {
  stand: 'stand',
  sit: 'sit',
  move: 'move',
  shift: 'shift position',
  escalate: 'move',
};

const dueLabel: Record<PromptKind, string> = {
  stand: 'Time to stand up',
  sit: 'Time to sit down',
  move: 'Time for a movement snack',
  shift: 'Time to shift position',
  escalate: 'Time to get up and move',
};

const postureWord = { sitting: 'Sitting', standing: 'Standing', moving: 'Moving' } as const;

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

export function statusLine(s: EngineSnapshot, now: number, timeZone: string): string {
  if (isPaused(s, now) && s.pausedUntil !== null) {
    return `Paused until ${formatClock(s.pausedUntil, timeZone)}`;
  }
  if (s.snack) return 'Movement snack in progress';
  const due = visiblePrompt(s);
  if (due?.state === 'shown') return dueLabel[due.kind];
  if (s.presence === 'away') {
    return s.awayReason === 'lock'
      ? 'Away · screen locked'
      : s.awayReason === 'suspend'
        ? 'Away · asleep'
        : 'Away';
  }
  if (s.outsideWorkingHours) return `${postureWord[s.posture]} · outside working hours`;
  const bout = `${postureWord[s.posture]} ${formatMinutes(boutMinutes(s, now))}`;
  if (!s.nextPrompt) return bout;
  return `${bout} · next: ${nextLabel[s.nextPrompt.kind]} in ${formatMinutes(minutesUntil(s.nextPrompt.dueAt, now))}`;
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
  status: string,
  flare = false,
  saveProblem: string | null = null,
): MenuItemModel[] {
  const paused = isPaused(s, now);
  // A disk fault is shown where the user looks first; clicking it opens the dashboard, which says more.
  const problem: MenuItemModel[] =
    saveProblem === null
      ? []
      : [{ type: 'item', id: 'save-problem', label: saveProblem, enabled: true, command: { kind: 'open' } }];
  return [
    ...problem,
    { type: 'item', id: 'status', label: status, enabled: false },
    { type: 'separator' },
    {
      type: 'item',
      id: 'stand',
      label: "I'm standing",
      enabled: !(s.presence === 'present' && s.posture === 'standing'),
      command: act({ action: 'stand' }),
    },
    {
      type: 'item',
      id: 'sit',
      label: "I'm sitting",
      enabled: !(s.presence === 'present' && s.posture === 'sitting'),
      command: act({ action: 'sit' }),
    },
    {
      type: 'item',
      id: 'snack',
      label: 'Movement snack now',
      enabled: s.snack === null,
      command: act({ action: 'snack-start' }),
    },
    { type: 'separator' },
    {
      type: 'submenu',
      id: 'pause',
      label: 'Pause',
      items: [
        {
          type: 'item',
          id: 'pause-30',
          label: '30 min',
          enabled: true,
          command: act({ action: 'pause', minutes: 30 }),
        },
        {
          type: 'item',
          id: 'pause-60',
          label: '1 hour',
          enabled: true,
          command: act({ action: 'pause', minutes: 60 }),
        },
        {
          type: 'item',
          id: 'pause-tomorrow',
          label: 'For the rest of today',
          enabled: true,
          command: act({ action: 'pause', minutes: 'tomorrow' }),
        },
        { type: 'separator' },
        { type: 'item', id: 'resume', label: 'Resume', enabled: paused, command: act({ action: 'resume' }) },
      ],
    },
    {
      type: 'item',
      id: 'flare',
      label: flare ? 'Leave flare-up mode' : 'Flare-up mode: lighter targets',
      enabled: true,
      command: { kind: 'flare', on: !flare },
    },
    { type: 'separator' },
    {
      type: 'item',
      id: 'today',
      label: "Today's summary",
      enabled: true,
      command: { kind: 'open', screen: 'today' },
    },
    { type: 'item', id: 'open', label: 'Open Sitwise', enabled: true, command: { kind: 'open' } },
    {
      type: 'item',
      id: 'safety',
      label: 'Safety and warning signs',
      enabled: true,
      command: { kind: 'open', screen: 'safety' },
    },
    { type: 'separator' },
    { type: 'item', id: 'quit', label: 'Quit Sitwise', enabled: true, command: { kind: 'quit' } },
  ];
}

export function trayModel(
  s: EngineSnapshot,
  now: number,
  timeZone: string,
  flare = false,
  saveProblem: string | null = null,
): TrayModel {
  const status = statusLine(s, now, timeZone);
  return {
    status,
    tooltip: `Sitwise — ${status}`,
    title: trayTitle(s, now),
    icon: iconChoice(s, now),
    menu: trayMenu(s, now, status, flare, saveProblem),
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
