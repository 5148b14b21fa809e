/**
 * Reads one D-Bus property on the session bus (for the Linux Do Not Disturb detector, which lives in
 * main/platform/os/ and does not import dbus-next itself). The bus is opened on first use and kept; a
 * failure closes it so the next read connects again. `Properties.Get` returns a Variant, handed back as
 * dbus-next gives it ({ signature, value }); the detector's parser checks it.
 */
import type { PropertyBus } from '../os/linux';

export interface SessionBus {
  getProxyObject(name: string, path: string): Promise<{ getInterface(name: string): object }>;
  disconnect(): void;
}

export function createPropertyBus(openBus: () => SessionBus): PropertyBus {
  let bus: SessionBus | null = null;
  return {
    async getProperty(service, path, iface, name) {
      try {
        bus ??= openBus();
        const proxy = await bus.getProxyObject(service, path);
        const props = proxy.getInterface('org.freedesktop.DBus.Properties');
        const get: unknown = Reflect.get(props, 'Get');
        if (typeof get !== 'function') throw new Error(`${service} has no Properties.Get`);
        return await Reflect.apply(get, props, [iface, name]);
      } catch (error) {
        bus?.disconnect();
        bus = null;
        throw error;
      }
    },
  };
}
