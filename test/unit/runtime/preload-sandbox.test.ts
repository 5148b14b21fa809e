/**
 * The built preload, loaded the way a sandboxed renderer loads it. Electron's sandbox docs ("Preload
 * scripts" in docs/tutorial/sandbox.md): a sandboxed preload gets a `require` that resolves only `electron`
 * (the renderer modules: contextBridge, crashReporter, ipcRenderer, nativeImage, webFrame, webUtils),
 * `events`, `timers` and `url` (with or without the `node:` prefix), plus the globals Buffer, process,
 * setImmediate and clearImmediate. Anything else throws. It is a classic script, not an ES module.
 * The fake below is stricter: reading a member of `electron` it does not model throws with the member's name.
 */
import { EventEmitter } from 'node:events';
import * as timers from 'node:timers';
import * as url from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { invokeChannelNames, pushChannels } from '../../../shared/ipc';
import { builtPreload, readBuilt } from './built';

const SANDBOX_MODULES = new Set(['electron', 'events', 'timers', 'url']);

/** Every `require("…")` in the built file: the static check that fails the build output itself. */
function requiredModules(source: string): string[] {
  return [...source.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? '');
}

/** A module object that throws on any member it does not define, naming the path. */
function strict<T extends object>(path: string, target: T): T {
  return new Proxy(target, {
    get(obj, key, receiver) {
      if (typeof key === 'symbol' || Reflect.has(obj, key)) return Reflect.get(obj, key, receiver);
      throw new TypeError(`${path}.${key} is not provided by the fake (nor used by Sitwise)`);
    },
  });
}

interface Loaded {
  exposed: Map<string, unknown>;
  invoked: { channel: string; args: unknown[] }[];
  renderer: EventEmitter;
  requested: string[];
}

function loadPreload(source: string): Loaded {
  const exposed = new Map<string, unknown>();
  const invoked: Loaded['invoked'] = [];
  const renderer = new EventEmitter();
  const requested: string[] = [];
  const electron = strict('electron', {
    contextBridge: strict('electron.contextBridge', {
      exposeInMainWorld(key: string, api: unknown) {
        if (exposed.has(key)) throw new Error(`Cannot bind an API on top of an existing property "${key}"`);
        exposed.set(key, api);
      },
    }),
    ipcRenderer: strict('electron.ipcRenderer', {
      async invoke(channel: string, ...args: unknown[]) {
        invoked.push({ channel, args });
        return { ok: true, value: { echoed: channel } };
      },
      on(channel: string, listener: (...args: unknown[]) => void) {
        renderer.on(channel, listener);
        return this;
      },
      removeListener(channel: string, listener: (...args: unknown[]) => void) {
        renderer.removeListener(channel, listener);
        return this;
      },
    }),
  });
  const sandboxRequire = (id: string): unknown => {
    requested.push(id);
    const name = id.startsWith('node:') ? id.slice(5) : id;
    if (!SANDBOX_MODULES.has(name)) throw new Error(`module not found: ${id}`);
    if (name === 'electron') return electron;
    if (name === 'events') return EventEmitter;
    return name === 'timers' ? timers : url;
  };
  const module = { exports: {} };
  // Electron wraps a sandboxed preload in a function of these names; `this` is module.exports.
  const wrapped = runInNewContext(
    `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
    { setImmediate, clearImmediate, Buffer, process: { platform: process.platform } },
    { filename: builtPreload },
  );
  wrapped.call(module.exports, module.exports, sandboxRequire, module, 'index.cjs', '.');
  return { exposed, invoked, renderer, requested };
}

describe('the built preload in a sandboxed renderer', () => {
  const source = readBuilt(builtPreload);

  it('requires nothing a sandbox lacks (static check of the build output)', () => {
    const outside = requiredModules(source).filter(
      (id) => !SANDBOX_MODULES.has(id.startsWith('node:') ? id.slice(5) : id),
    );
    expect(outside).toEqual([]);
  });

  it('is a classic script, not an ES module', () => {
    expect(source).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('exposes exactly `sitwise`, whose invoke and on reach ipcRenderer', async () => {
    const loaded = loadPreload(source);
    expect([...loaded.exposed.keys()]).toEqual(['sitwise']);
    const bridge = loaded.exposed.get('sitwise') as {
      invoke(channel: string, payload?: unknown): Promise<unknown>;
      on(channel: string, listener: (payload: unknown) => void): () => void;
    };
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);

    const channel = invokeChannelNames[0] ?? '';
    await expect(bridge.invoke(channel, { a: 1 })).resolves.toEqual({ echoed: channel });
    expect(loaded.invoked).toEqual([{ channel, args: [{ a: 1 }] }]);
    await expect(bridge.invoke('fs.readFile')).rejects.toThrow('Unknown channel');
    expect(loaded.invoked).toHaveLength(1);

    const push = Object.keys(pushChannels)[0] ?? '';
    const got: unknown[] = [];
    const off = bridge.on(push, (payload) => got.push(payload));
    loaded.renderer.emit(push, { sender: 'main' }, { n: 1 });
    off();
    loaded.renderer.emit(push, { sender: 'main' }, { n: 2 });
    expect(got).toEqual([{ n: 1 }]);
    expect(() => bridge.on('not-a-channel', () => {})).toThrow('Unknown channel');
  });

  it('a preload that requires a package fails to load, as it would in Electron', () => {
    expect(() => loadPreload('require("zod");')).toThrow('module not found: zod');
    expect(requiredModules('const z = require("zod"); require("electron")')).toEqual(['zod', 'electron']);
  });
});
