/**
 * The pacing and check-in channels through the bridge. They join the one IPC contract (shared/ipc.ts)
 * when the app wires them; until then the bridge refuses them at run time and the screens show that
 * error. The guard below only checks the bridge is there: request and response types come from
 * shared/pacing/ipc.ts, and main validates every request.
 */
import type { z } from 'zod';
import type { PacingChannel, PacingResponses, pacingRequestSchemas } from '../../../../shared/pacing/ipc';

export type PacingInput<C extends PacingChannel> = z.input<(typeof pacingRequestSchemas)[C]>;

interface PacingBridge {
  invoke<C extends PacingChannel>(channel: C, payload?: PacingInput<C>): Promise<PacingResponses[C]>;
}

function isPacingBridge(value: unknown): value is PacingBridge {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'invoke') === 'function';
}

export function pacing<C extends PacingChannel>(
  channel: C,
  payload?: PacingInput<C>,
): Promise<PacingResponses[C]> {
  const bridge: unknown = window.sitwise;
  if (!isPacingBridge(bridge)) return Promise.reject(new Error('Sitwise is not connected.'));
  return bridge.invoke(channel, payload);
}
