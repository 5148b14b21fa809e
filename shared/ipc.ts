/**
 * The one IPC contract between the main process and every renderer page.
 * Each invoke channel has a zod schema for its request and a type for its response; each push channel has
 * a payload type. The preload bridge, the main-side router and the end-to-end host are all derived from
 * these two tables, so a channel name is written exactly once, here.
 */

import { z } from 'zod';
import { ownRoutineChannels } from './content/own-routines-ipc';
import { promptRoutineChannels } from './content/prompt-routine-ipc';
import type { ExportResult } from './export-result';
import type { FieldError } from './i18n/errors';
import type { ServiceError } from './i18n/service-errors';
import { invoke, type PushSpec, push, type ResponseOfSpec } from './ipc-spec';
import { pacingChannels } from './pacing/ipc';
import { planChannels } from './plan/ipc';
import { reportChannels } from './report/ipc';
import { type Settings, settingsPatchSchema } from './settings';
import type { EngineSnapshot } from './snapshot';
import { type DaySummary, localDate, type Rollup, type Segment } from './summary';
import { daysBetween } from './time';

const none = z.undefined();

export const screens = [
  'today',
  'history',
  'routines',
  'pacing',
  'checkin',
  'plan',
  'report',
  'tips',
  'safety',
  'settings',
] as const;
export type Screen = (typeof screens)[number];

export const userActionSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.enum(['stand', 'sit', 'snooze', 'skip', 'resume', 'snack-stop']),
  }),
  z.strictObject({
    action: z.enum(['snack-start', 'snack-done']),
    routineId: z.string().min(1).max(80).optional(),
  }),
  z.strictObject({
    action: z.literal('pause'),
    minutes: z.union([
      z
        .number()
        .int()
        .min(1)
        .max(24 * 60),
      z.literal('tomorrow'),
    ]),
  }),
]);
export type UserAction = z.infer<typeof userActionSchema>;

/** Longest range a summary, range or rollup request may span: 5 years. */
export const MAX_RANGE_DAYS = 366 * 5;

// The order and span are checked only once both dates are valid (daysBetween refuses a malformed date).
const datesValid = (payload: { issues: readonly unknown[] }) => payload.issues.length === 0;
export const dateRangeSchema = z
  .strictObject({ from: localDate, to: localDate })
  .refine((r) => r.from <= r.to, {
    message: '"from" must not be after "to"',
    params: { code: 'startAfterEnd' },
    when: datesValid,
  })
  .refine((r) => daysBetween(r.from, r.to) <= MAX_RANGE_DAYS, {
    message: 'a range may span at most 5 years',
    when: datesValid,
  });

export interface AppInfo {
  name: string;
  version: string;
  dataDir: string;
  platform: string;
  /** Whether the OS reports idle time; when false, tracking relies on posture answers. */
  idleDetection: 'ok' | 'unavailable';
}

export interface Notice {
  id: string;
  kind:
    | 'settings-reset'
    | 'journal-quarantined'
    | 'journal-read-only'
    | 'journal-unreadable'
    | 'save-failed'
    | 'idle-unavailable';
  message: string;
  at: number;
}

/** What "export my data" can write: a CSV of day totals or the whole record as JSON. */
export const exportFormatSchema = z.enum(['csv', 'json']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

export type { ExportResult } from './export-result';

/** One availability detector's reading now (for Settings' live status). */
export type DetectorReading = { state: 'active' | 'inactive' } | { state: 'unavailable'; why: string };

/** Each detector's reading: camera or microphone in use is a call; DND is the OS's Do Not Disturb/Focus. */
export interface InterruptionsStatus {
  microphone: DetectorReading;
  camera: DetectorReading;
  dnd: DetectorReading;
}

/** The data sections an import restored ("settings", "journal", "pacing", ...). */
export interface ImportResult {
  imported: string[];
}

/** Largest export file an import takes (the text of the JSON export; years of history are a few MB). */
export const IMPORT_MAX_CHARS = 256 * 1024 * 1024;

/** The calendar's state for Settings: the only place event titles are shown. */
export interface CalendarStatus {
  state: 'off' | 'loading' | 'ok' | 'error';
  /** When the calendar was last read successfully (epoch ms); null before the first time. */
  lastReadAt: number | null;
  /** Why the last try failed, in plain words; null when it worked. */
  error: string | null;
  /** The next few busy events. */
  upcoming: { start: number; end: number; title: string }[];
}

/** Each global shortcut's registration: taken means another app (or another shortcut) holds the keys. */
export type ShortcutState = 'off' | 'registered' | 'taken' | 'unavailable';
/** The global shortcuts, named as their keys in settings.shortcuts. */
export const shortcutIds = ['stand', 'sit', 'snack', 'pause'] as const;
export type ShortcutId = (typeof shortcutIds)[number];
export type ShortcutsStatus = Record<ShortcutId, ShortcutState>;

export const invokeChannels = {
  'app.getInfo': invoke<AppInfo>()(none),
  'state.get': invoke<EngineSnapshot>()(none),
  'state.act': invoke<EngineSnapshot>()(userActionSchema),
  'settings.get': invoke<Settings>()(none),
  'settings.update': invoke<Settings>()(settingsPatchSchema),
  'summary.day': invoke<DaySummary>()(z.strictObject({ date: localDate })),
  'summary.range': invoke<DaySummary[]>()(dateRangeSchema),
  'summary.rollup': invoke<Rollup[]>()(
    z
      .strictObject({ from: localDate, to: localDate, by: z.enum(['week', 'month']) })
      .refine((r) => r.from <= r.to, {
        message: '"from" must not be after "to"',
        params: { code: 'startAfterEnd' },
        when: datesValid,
      })
      .refine((r) => daysBetween(r.from, r.to) <= MAX_RANGE_DAYS, {
        message: 'a range may span at most 5 years',
        when: datesValid,
      }),
  ),
  'timeline.day': invoke<Segment[]>()(z.strictObject({ date: localDate })),
  'data.export': invoke<ExportResult>()(z.strictObject({ format: exportFormatSchema })),
  'data.delete': invoke<{ deleted: true }>()(z.strictObject({ confirm: z.literal('delete all my data') })),
  /** Restores a JSON export (its text, read by the page from a file the user picked) into an empty data folder. */
  'data.import': invoke<ImportResult>()(z.strictObject({ text: z.string().min(1).max(IMPORT_MAX_CHARS) })),
  'notices.get': invoke<Notice[]>()(none),
  'notices.dismiss': invoke<Notice[]>()(z.strictObject({ id: z.string().min(1).max(100) })),
  'window.open': invoke<null>()(z.strictObject({ screen: z.enum(screens) })),
  /** Reads the detectors once now (Settings asks while it is open; nothing is stored). */
  'interruptions.status': invoke<InterruptionsStatus>()(none),
  /** The calendar's last read, error and next busy events (titles are shown in Settings only). */
  'calendar.status': invoke<CalendarStatus>()(none),
  /** Reads the calendar again now (Settings' button); answers after the attempt. */
  'calendar.refresh': invoke<CalendarStatus>()(none),
  /** Whether each global shortcut is registered or taken by another app. */
  'shortcuts.status': invoke<ShortcutsStatus>()(none),
  // Pacing log and weekly check-in: request schemas and views live in shared/pacing/ipc.ts.
  ...pacingChannels,
  // A person's own routines: request schemas live in shared/content/own-routines-ipc.ts.
  ...ownRoutineChannels,
  ...promptRoutineChannels,
  // My plan (the user's words beside settings and the pacing log) and the report for a period.
  ...planChannels,
  ...reportChannels,
} as const;

export const pushChannels = {
  'state.changed': push<EngineSnapshot>(),
  'settings.changed': push<Settings>(),
  notice: push<Notice>(),
  navigate: push<{ screen: Screen }>(),
} as const;

export type InvokeChannels = typeof invokeChannels;
export type InvokeChannel = keyof InvokeChannels;
export type PushChannel = keyof typeof pushChannels;
export type RequestOf<C extends InvokeChannel> = z.input<InvokeChannels[C]['request']>;
export type ParsedRequestOf<C extends InvokeChannel> = z.output<InvokeChannels[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = ResponseOfSpec<InvokeChannels[C]>;
export type PayloadOf<C extends PushChannel> = (typeof pushChannels)[C] extends PushSpec<infer P> ? P : never;

export const invokeChannelNames = Object.keys(invokeChannels) as InvokeChannel[];

export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && Object.hasOwn(invokeChannels, name);
}
export function isPushChannel(name: unknown): name is PushChannel {
  return typeof name === 'string' && Object.hasOwn(pushChannels, name);
}

/** Why a call failed, as it crosses the process boundary. */
export interface IpcFailure {
  code: 'invalid-payload' | 'forbidden-sender' | 'unknown-channel' | 'failed';
  /**
   * A diagnostic for logs and developers. A window shows the person `reason` or `issues`, worded in their
   * language; it shows this only for a failure that has neither (a file system error, for now).
   */
  message: string;
  /** For invalid payloads and refused values: each broken rule as a code, its parameters and its key. */
  issues?: FieldError[];
  /** A refusal from a service, as a code with its parameters. */
  reason?: ServiceError;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcFailure };

/** Thrown in the renderer when a call fails; carries the structured reason. */
export class IpcError extends Error {
  readonly code: IpcFailure['code'];
  readonly issues: FieldError[];
  readonly reason: ServiceError | null;
  constructor(failure: IpcFailure) {
    super(failure.message);
    this.name = 'IpcError';
    this.code = failure.code;
    this.issues = failure.issues ?? [];
    this.reason = failure.reason ?? null;
  }
}

type InvokeArgs<C extends InvokeChannel> =
  undefined extends RequestOf<C> ? [payload?: RequestOf<C>] : [payload: RequestOf<C>];

/** The API a renderer page sees as `window.sitwise`. */
export interface SitwiseBridge {
  invoke<C extends InvokeChannel>(channel: C, ...args: InvokeArgs<C>): Promise<ResponseOf<C>>;
  on<C extends PushChannel>(channel: C, listener: (payload: PayloadOf<C>) => void): () => void;
}

/** How a bridge reaches main: Electron's ipcRenderer in the app, HTTP in the end-to-end host. */
export interface BridgeTransport {
  invoke<C extends InvokeChannel>(channel: C, payload: unknown): Promise<IpcResult<ResponseOf<C>>>;
  subscribe<C extends PushChannel>(channel: C, listener: (payload: PayloadOf<C>) => void): () => void;
}

/**
 * Builds `window.sitwise` over a transport. Unknown channels are refused before anything is sent; the
 * result envelope is unwrapped into a value or an IpcError.
 */
export function createBridge(transport: BridgeTransport): SitwiseBridge {
  return {
    async invoke(channel, ...args) {
      if (!isInvokeChannel(channel)) {
        throw new IpcError({ code: 'unknown-channel', message: `Unknown channel "${String(channel)}"` });
      }
      const result = await transport.invoke(channel, args[0]);
      if (!result.ok) throw new IpcError(result.error);
      return result.value;
    },
    on(channel, listener) {
      if (!isPushChannel(channel)) {
        throw new IpcError({ code: 'unknown-channel', message: `Unknown channel "${String(channel)}"` });
      }
      return transport.subscribe(channel, listener);
    },
  };
}
