/**
 * The one IPC contract between the main process and every renderer page.
 * Each invoke channel has a zod schema for its request and a type for its response; each push channel has
 * a payload type. The preload bridge, the main-side router and the end-to-end host are all derived from
 * these two tables, so a channel name is written exactly once, here.
 */
import { z } from 'zod';
import { type PacingResponses, pacingRequestSchemas as pacing } from './pacing/ipc';
import { type MyPlanView, planRequestSchemas as plan } from './plan/ipc';
import { type ReportData, reportRequestSchema, savePdfRequestSchema } from './report/types';
import { type Settings, settingsPatchSchema } from './settings';
import type { EngineSnapshot } from './snapshot';
import { type DaySummary, localDate, type Rollup, type Segment } from './summary';

/** An invoke channel: its request schema, and its response type carried as a phantom. */
export interface InvokeSpec<Req extends z.ZodType, Res> {
  readonly request: Req;
  readonly response?: Res;
}
/** A push channel (main → renderer): only a payload type. */
export interface PushSpec<P> {
  readonly payload?: P;
}

const invoke =
  <Res>() =>
  <Req extends z.ZodType>(request: Req): InvokeSpec<Req, Res> => ({ request });
const push = <P>(): PushSpec<P> => ({});

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

export const dateRangeSchema = z
  .strictObject({ from: localDate, to: localDate })
  .refine((r) => r.from <= r.to, { message: '"from" must not be after "to"' })
  .refine((r) => daysBetween(r.from, r.to) <= 366 * 5, { message: 'a range may span at most 5 years' });

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

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
  kind: 'settings-reset' | 'journal-quarantined' | 'journal-read-only' | 'idle-unavailable';
  message: string;
  at: number;
}

export interface ExportResult {
  saved: boolean;
  path: string | null;
}

export const invokeChannels = {
  'app.getInfo': invoke<AppInfo>()(none),
  'state.get': invoke<EngineSnapshot>()(none),
  'state.act': invoke<EngineSnapshot>()(userActionSchema),
  'settings.get': invoke<Settings>()(none),
  'settings.update': invoke<Settings>()(settingsPatchSchema),
  'summary.day': invoke<DaySummary>()(z.strictObject({ date: localDate })),
  'summary.range': invoke<DaySummary[]>()(dateRangeSchema),
  'summary.rollup': invoke<Rollup[]>()(
    z.strictObject({ from: localDate, to: localDate, by: z.enum(['week', 'month']) }),
  ),
  'timeline.day': invoke<Segment[]>()(z.strictObject({ date: localDate })),
  'data.export': invoke<ExportResult>()(z.strictObject({ format: z.enum(['csv', 'json']) })),
  'data.delete': invoke<{ deleted: true }>()(z.strictObject({ confirm: z.literal('delete all my data') })),
  'notices.get': invoke<Notice[]>()(none),
  'notices.dismiss': invoke<Notice[]>()(z.strictObject({ id: z.string().min(1).max(100) })),
  'window.open': invoke<null>()(z.strictObject({ screen: z.enum(screens) })),
  // Pacing log and weekly check-in: request schemas and views live in shared/pacing/ipc.ts.
  'pacing.get': invoke<PacingResponses['pacing.get']>()(pacing['pacing.get']),
  'pacing.createGoal': invoke<PacingResponses['pacing.createGoal']>()(pacing['pacing.createGoal']),
  'pacing.updateGoal': invoke<PacingResponses['pacing.updateGoal']>()(pacing['pacing.updateGoal']),
  'pacing.deleteGoal': invoke<PacingResponses['pacing.deleteGoal']>()(pacing['pacing.deleteGoal']),
  'pacing.logSession': invoke<PacingResponses['pacing.logSession']>()(pacing['pacing.logSession']),
  'pacing.flare': invoke<PacingResponses['pacing.flare']>()(pacing['pacing.flare']),
  'checkin.get': invoke<PacingResponses['checkin.get']>()(pacing['checkin.get']),
  'checkin.submit': invoke<PacingResponses['checkin.submit']>()(pacing['checkin.submit']),
  'checkin.snooze': invoke<PacingResponses['checkin.snooze']>()(pacing['checkin.snooze']),
  'checkin.guidanceShown': invoke<PacingResponses['checkin.guidanceShown']>()(
    pacing['checkin.guidanceShown'],
  ),
  'checkin.trends': invoke<PacingResponses['checkin.trends']>()(pacing['checkin.trends']),
  'checkin.reviewed': invoke<PacingResponses['checkin.reviewed']>()(pacing['checkin.reviewed']),
  'checkin.dismissPlateau': invoke<PacingResponses['checkin.dismissPlateau']>()(
    pacing['checkin.dismissPlateau'],
  ),
  // My plan (the user's words beside settings and the pacing log) and the report for a period.
  'plan.get': invoke<MyPlanView>()(plan['plan.get']),
  'plan.update': invoke<MyPlanView>()(plan['plan.update']),
  'report.get': invoke<ReportData>()(reportRequestSchema),
  'report.savePdf': invoke<ExportResult>()(savePdfRequestSchema),
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
export type ResponseOf<C extends InvokeChannel> =
  InvokeChannels[C] extends InvokeSpec<z.ZodType, infer R> ? R : never;
export type PayloadOf<C extends PushChannel> = (typeof pushChannels)[C] extends PushSpec<infer P> ? P : never;

export const invokeChannelNames = Object.keys(invokeChannels) as InvokeChannel[];
export const pushChannelNames = Object.keys(pushChannels) as PushChannel[];

export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && Object.hasOwn(invokeChannels, name);
}
export function isPushChannel(name: unknown): name is PushChannel {
  return typeof name === 'string' && Object.hasOwn(pushChannels, name);
}

/** Why a call failed, as it crosses the process boundary. */
export interface IpcFailure {
  code: 'invalid-payload' | 'forbidden-sender' | 'unknown-channel' | 'failed';
  message: string;
  /** For invalid payloads: each broken rule with the key it concerns. */
  issues?: { path: string; message: string }[];
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcFailure };

/** Thrown in the renderer when a call fails; carries the structured reason. */
export class IpcError extends Error {
  readonly code: IpcFailure['code'];
  readonly issues: { path: string; message: string }[];
  constructor(failure: IpcFailure) {
    super(failure.message);
    this.name = 'IpcError';
    this.code = failure.code;
    this.issues = failure.issues ?? [];
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
