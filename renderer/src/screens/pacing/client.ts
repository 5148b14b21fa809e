/**
 * The pacing and check-in channels through the bridge (they are part of the one contract in shared/ipc.ts).
 * A narrower view of `window.sitwise` keyed by the pacing channel names, so the screens can pass a request
 * whose channel is generic; main validates every request against its schema.
 */
import type { z } from 'zod';
import type { PacingChannel, PacingChannels, PacingResponses } from '../../../../shared/pacing/ipc';

export type PacingInput<C extends PacingChannel> = z.input<PacingChannels[C]['request']>;

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
