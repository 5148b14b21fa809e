/**
 * The `electron` module the production preload (out/preload/index.cjs) gets when the end-to-end host
 * serves a page: `contextBridge` puts the bridge on `window`, and `ipcRenderer` speaks the host's transport
 * (HTTP for invoke, Server-Sent Events for pushes) instead of Electron's IPC. Only what the preload uses.
 */

type Listener = (event: { sender: null }, payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();
let source: EventSource | null = null;

function ensureSource(): void {
  if (source) return;
  source = new EventSource('/__events');
  source.onmessage = (message) => {
    const { channel, payload } = JSON.parse(message.data) as { channel: string; payload: unknown };
    for (const listener of listeners.get(channel) ?? []) listener({ sender: null }, payload);
  };
}

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown): void {
    if (Object.hasOwn(window, key))
      throw new Error(`Cannot bind an API on top of an existing property "${key}"`);
    Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true });
  },
};

export const ipcRenderer = {
  async invoke(channel: string, payload: unknown): Promise<unknown> {
    const response = await fetch(`/__ipc/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ payload }),
    });
    return response.json();
  },
  on(channel: string, listener: Listener) {
    ensureSource();
    const set = listeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(channel, set);
    return ipcRenderer;
  },
  removeListener(channel: string, listener: Listener) {
    listeners.get(channel)?.delete(listener);
    return ipcRenderer;
  },
};
