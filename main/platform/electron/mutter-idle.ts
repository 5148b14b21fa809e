/**
 * GNOME on Wayland: Electron's idle time reads 0 there, so ask Mutter over the session D-Bus
 * (`org.gnome.Mutter.IdleMonitor.GetIdletime`, milliseconds). The bus connection is opened on first use
 * and kept; a failure closes it and is reported, and the next sample tries again.
 */
import { z } from 'zod';

export interface IdleBus {
  getProxyObject(name: string, path: string): Promise<{ getInterface(name: string): object }>;
  disconnect(): void;
}

const SERVICE = 'org.gnome.Mutter.IdleMonitor';
const PATH = '/org/gnome/Mutter/IdleMonitor/Core';
const idleMs = z.union([z.bigint().nonnegative(), z.number().int().nonnegative()]);

export interface IdleReader {
  /** Idle seconds, or null when Mutter cannot be asked (not GNOME, no session bus). */
  read(): Promise<number | null>;
  close(): void;
}

export function createMutterIdle(openBus: () => IdleBus, onError: (error: unknown) => void): IdleReader {
  let bus: IdleBus | null = null;
  let method: (() => Promise<unknown>) | null = null;

  async function connect(): Promise<() => Promise<unknown>> {
    if (method) return method;
    bus = openBus();
    const proxy = await bus.getProxyObject(SERVICE, PATH);
    const iface = proxy.getInterface(SERVICE);
    const fn: unknown = Reflect.get(iface, 'GetIdletime');
    if (typeof fn !== 'function') throw new Error(`${SERVICE} has no GetIdletime method`);
    const call = async (): Promise<unknown> => Reflect.apply(fn, iface, []);
    method = call;
    return call;
  }

  function close(): void {
    method = null;
    bus?.disconnect();
    bus = null;
  }

  return {
    async read() {
      try {
        const call = await connect();
        const parsed = idleMs.safeParse(await call());
        if (!parsed.success)
          throw new Error('GetIdletime returned something that is not a millisecond count');
        return Number(parsed.data) / 1000;
      } catch (error) {
        close();
        onError(error);
        return null;
      }
    },
    close,
  };
}
