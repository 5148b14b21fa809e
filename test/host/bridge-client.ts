/**
 * `window.sitwise` for pages served by the end-to-end host: the same contract as the preload's bridge,
 * over HTTP (requests) and Server-Sent Events (pushes) to the host's own origin.
 */
import {
  createBridge,
  type IpcResult,
  type PayloadOf,
  type PushChannel,
  type ResponseOf,
} from '../../shared/ipc';

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();
let source: EventSource | null = null;

function ensureSource(): void {
  if (source) return;
  source = new EventSource('/__events');
  source.onmessage = (message) => {
    const { channel, payload } = JSON.parse(message.data) as { channel: string; payload: unknown };
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  };
}

window.sitwise = createBridge({
  async invoke(channel, payload) {
    const response = await fetch(`/__ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payload }),
    });
    const result: IpcResult<ResponseOf<typeof channel>> = await response.json();
    return result;
  },
  subscribe<C extends PushChannel>(channel: C, listener: (payload: PayloadOf<C>) => void) {
    ensureSource();
    const set = listeners.get(channel) ?? new Set<Listener>();
    const wrapped: Listener = (payload) => listener(payload as PayloadOf<C>);
    set.add(wrapped);
    listeners.set(channel, set);
    return () => {
      set.delete(wrapped);
    };
  },
});
