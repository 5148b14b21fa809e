/**
 * A strict fake of Electron's main-process API for booting the built main bundle under Node. It models what
 * electron.d.ts and Electron's docs say, and is stricter than Electron where that makes mistakes visible:
 * - reading a member the fake lacks throws with its path (Electron would give undefined, or a crash later);
 *   every member it has is checked against electron.d.ts (exists, same parameter count) by boot.test.ts;
 * - `protocol.registerSchemesAsPrivileged`, `app.enableSandbox` and `app.commandLine.appendSwitch` only
 *   before `ready` (docs: "can only be called before the ready event"; switches "before the ready event of
 *   the app module is emitted"); windows, trays, notifications, `protocol.handle`, `screen` and
 *   `session.defaultSession` only after it (docs: "cannot be used until the ready event");
 * - a second `ipcMain.handle` for a channel throws (as Electron does: "Attempted to register a second
 *   handler");
 * - methods of a destroyed window or tray throw ("Object has been destroyed", as Electron does);
 * - BrowserWindow options and webPreferences keys must be declared in electron.d.ts.
 * The test drives it through `control` (never read by the app).
 */
import { EventEmitter } from 'node:events';
import { declaredKeys } from './electron-dts';

/** Test-side state lives under this symbol: the app cannot name it, the d.ts check skips it. */
export const S: unique symbol = Symbol('fake state');

export interface Registered {
  path: string;
  typeName: string;
  kind: 'instance' | 'static';
  target: object;
}

export const registry: Registered[] = [];
const registeredTypes = new Set<string>();

/** Wraps a fake object: missing members throw with their path; registered for the d.ts check. */
function strict<T extends object>(
  path: string,
  typeName: string,
  kind: 'instance' | 'static',
  target: T,
  register = true,
): T {
  // One of each type is enough for the member check (windows and trays are created many times).
  const key = `${typeName}:${kind}`;
  if (register && !registeredTypes.has(key)) {
    registeredTypes.add(key);
    registry.push({ path, typeName, kind, target });
  }
  return new Proxy(target, {
    get(obj, prop, receiver) {
      // Promise resolution asks any value for `then`; Electron's objects are not thenables either.
      if (typeof prop === 'symbol' || prop === 'then' || Reflect.has(obj, prop)) {
        const value = Reflect.get(obj, prop, receiver);
        return typeof value === 'function' ? value.bind(obj) : value;
      }
      throw new TypeError(`${path}.${String(prop)} is not in the fake of Electron (is it in electron.d.ts?)`);
    },
  });
}

/** A class whose instances are strict (`new` hands back the wrapped instance). */
function strictClass<A extends unknown[], T extends object>(
  typeName: string,
  cls: { new (...args: A): T },
): { new (...args: A): T } {
  return new Proxy(cls, {
    construct(target, args, newTarget) {
      return strict(typeName, typeName, 'instance', Reflect.construct(target, args, newTarget));
    },
  });
}

/** Emitter methods written out (not inherited) so the d.ts check sees exactly what is offered. */
class Emitter {
  readonly [S] = { events: new EventEmitter() };
  on(event: string, listener: (...args: unknown[]) => void) {
    this[S].events.on(event, listener);
    return this;
  }
  once(event: string, listener: (...args: unknown[]) => void) {
    this[S].events.once(event, listener);
    return this;
  }
  removeListener(event: string, listener: (...args: unknown[]) => void) {
    this[S].events.removeListener(event, listener);
    return this;
  }
}

export const control = {
  ready: false,
  readyCallbacks: [] as (() => void)[],
  log: [] as string[],
  userData: '',
  idleSeconds: 0,
  quitHeld: 0,
  exited: false as false | 'quit' | number,
  privileged: [] as unknown[],
  sandboxEnabled: false,
  singleInstanceLockAsked: false,
  secondLock: false,
  /** Chromium switches appended through app.commandLine, in order. */
  switches: [] as [string, string | undefined][],
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  invokeHandlers: new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>(),
  windows: [] as FakeBrowserWindow[],
  trays: [] as FakeTray[],
  notifications: [] as { options: unknown; shown: boolean }[],
  openedExternal: [] as string[],
  /** Called when a tray is destroyed (the test reads the journal at that moment). */
  onTrayDestroyed: () => {},
  appEvents: new EventEmitter(),
  powerEvents: new EventEmitter(),
  makeReady() {
    this.ready = true;
    this.appEvents.emit('ready', {});
    for (const callback of this.readyCallbacks.splice(0)) callback();
  },
};

function needsReady(what: string): void {
  if (!control.ready) throw new Error(`${what} cannot be used before the app is ready`);
}

function preventable() {
  const event = {
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

/**
 * electron.d.ts CommandLine; Electron's command-line switches documentation: append them "before the ready
 * event of the app module is emitted". Stricter than Electron, which would take a late switch silently and
 * not apply it: here it throws.
 */
class CommandLineFake {
  appendSwitch(theSwitch: string, value?: string) {
    if (control.ready)
      throw new Error(`app.commandLine.appendSwitch("${theSwitch}") after ready has no effect`);
    control.switches.push([theSwitch, value]);
  }
}

class AppFake extends Emitter {
  isPackaged = true;
  readonly commandLine = strict('electron.app.commandLine', 'CommandLine', 'instance', new CommandLineFake());
  isReady() {
    return control.ready;
  }
  requestSingleInstanceLock(_additionalData?: Record<string, unknown>) {
    control.singleInstanceLockAsked = true;
    return !control.secondLock;
  }
  enableSandbox() {
    if (control.ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    control.sandboxEnabled = true;
  }
  whenReady() {
    return new Promise<void>((resolve) => {
      if (control.ready) resolve();
      else control.readyCallbacks.push(resolve);
    });
  }
  getPath(name: string) {
    if (name === 'userData') return control.userData;
    if (name === 'documents') return `${control.userData}/documents`;
    throw new Error(`app.getPath("${name}") is not modelled`);
  }
  getVersion() {
    return '0.0.0-boot';
  }
  /**
   * electron.d.ts: on Linux the list is `g_get_language_names`, POSIX names best first and "C" last
   * (for LANG=en_GB.UTF-8: en_GB.UTF-8, en_GB, en.UTF-8, en, C).
   */
  getPreferredSystemLanguages() {
    return ['en_GB.UTF-8', 'en_GB', 'en.UTF-8', 'en', 'C'];
  }
  /** electron.d.ts: Chromium's application locale; "must be called after the ready event". */
  getLocale() {
    needsReady('app.getLocale()');
    return 'en-GB';
  }
  getAppPath() {
    return process.cwd();
  }
  setLoginItemSettings(_settings: unknown) {
    throw new Error('setLoginItemSettings is for macOS and Windows; this fake is Linux');
  }
  setAppUserModelId(_id: string) {
    throw new Error('setAppUserModelId is for Windows; this fake is Linux');
  }
  quit() {
    control.log.push('app.quit');
    const event = preventable();
    control.appEvents.emit('before-quit', event);
    this[S].events.emit('before-quit', event);
    if (event.defaultPrevented) {
      control.quitHeld += 1;
      return;
    }
    this[S].events.emit('will-quit', preventable());
    control.exited = 'quit';
  }
  exit(exitCode?: number) {
    control.exited = exitCode ?? 0;
  }
}
// Emitted to the app's own listeners.
const appImpl = new AppFake();
control.appEvents = appImpl[S].events;

export const app = strict('electron.app', 'App', 'instance', appImpl);

class IpcMainFake extends Emitter {
  handle(channel: string, listener: (event: unknown, ...args: unknown[]) => Promise<unknown>) {
    if (control.invokeHandlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    control.invokeHandlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    control.invokeHandlers.delete(channel);
  }
}
export const ipcMain = strict('electron.ipcMain', 'IpcMain', 'instance', new IpcMainFake());

class PowerMonitorFake extends Emitter {
  getSystemIdleTime() {
    return control.idleSeconds;
  }
}
const powerImpl = new PowerMonitorFake();
control.powerEvents = powerImpl[S].events;
export const powerMonitor = strict('electron.powerMonitor', 'PowerMonitor', 'instance', powerImpl);

/**
 * globalShortcut (docs/api/global-shortcut.md): usable only after ready; `register` answers false when the
 * keys are held elsewhere ("this call will silently fail") — `control` can mark keys as taken by another
 * app. Stricter than Electron: registering keys this app already holds answers false too, and an
 * accelerator outside Electron's syntax throws (as Electron does on a conversion failure).
 */
class GlobalShortcutFake {
  readonly [S] = { held: new Map<string, () => void>(), taken: new Set<string>() };
  register(accelerator: string, callback: () => void) {
    needsReady('globalShortcut.register');
    if (!/^([A-Za-z]+\+)+[^+]+$/.test(accelerator)) throw new TypeError(`Failed to convert '${accelerator}'`);
    if (this[S].taken.has(accelerator) || this[S].held.has(accelerator)) return false;
    this[S].held.set(accelerator, callback);
    return true;
  }
  unregister(accelerator: string) {
    needsReady('globalShortcut.unregister');
    this[S].held.delete(accelerator);
  }
  isRegistered(accelerator: string) {
    return this[S].held.has(accelerator);
  }
}
export const globalShortcutState = new GlobalShortcutFake();
export const globalShortcut = strict(
  'electron.globalShortcut',
  'GlobalShortcut',
  'instance',
  globalShortcutState,
);

/**
 * net (docs/api/net.md): only after ready. The boot run makes no request (the calendar is off by default):
 * any request is logged and refused, so one made without the user turning the calendar on shows up.
 */
export const netRequests: unknown[] = [];
export const net = strict('electron.net', 'Net', 'instance', {
  request(options: unknown) {
    needsReady('net.request');
    netRequests.push(options);
    throw new Error('the boot run allows no network request');
  },
});

export const protocol = strict('electron.protocol', 'Protocol', 'instance', {
  registerSchemesAsPrivileged(customSchemes: unknown[]) {
    if (control.ready) throw new Error('registerSchemesAsPrivileged must be called before the app is ready');
    control.privileged.push(...customSchemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response>) {
    needsReady('protocol.handle');
    if (control.protocolHandlers.has(scheme)) throw new Error(`The scheme "${scheme}" is already handled`);
    control.protocolHandlers.set(scheme, handler);
  },
});

type HeadersListener = (details: unknown, callback: (response: unknown) => void) => void;
class WebRequestFake {
  readonly [S] = { headers: null as HeadersListener | null };
  onHeadersReceived(listener: HeadersListener) {
    this[S].headers = listener;
  }
}
export const webRequestState = new WebRequestFake();
class SessionFake extends Emitter {
  webRequest = strict('session.webRequest', 'WebRequest', 'instance', webRequestState);
  setPermissionRequestHandler(_handler: unknown) {}
  setPermissionCheckHandler(_handler: unknown) {}
  setDevicePermissionHandler(_handler: unknown) {}
}
let defaultSession: SessionFake | null = null;
export const session = strict('electron.session', 'Session', 'static', {
  get defaultSession() {
    needsReady('session.defaultSession');
    defaultSession ??= strict('session.defaultSession', 'Session', 'instance', new SessionFake());
    return defaultSession;
  },
});

export const shell = strict('electron.shell', 'Shell', 'instance', {
  async openExternal(url: string, _options?: unknown) {
    control.openedExternal.push(url);
  },
});

export const screen = strict('electron.screen', 'Screen', 'instance', {
  getCursorScreenPoint() {
    needsReady('screen');
    return { x: 10, y: 10 };
  },
  getDisplayNearestPoint(_point: unknown) {
    needsReady('screen');
    return {
      workArea: { x: 0, y: 0, width: 1920, height: 1080 },
      bounds: { x: 0, y: 0, width: 1920, height: 1080 },
    };
  },
  getDisplayMatching(_rect: unknown) {
    needsReady('screen');
    return { bounds: { x: 0, y: 0, width: 1920, height: 1080 } };
  },
});

/** For the test: the error boxes the app showed. */
export const errorBoxes: { title: string; content: string }[] = [];

export const dialog = strict('electron.dialog', 'Dialog', 'instance', {
  async showSaveDialog(_options: unknown) {
    return { canceled: true };
  },
  /** Electron: may be called before `ready` (then it prints to stderr on Linux); records the message. */
  showErrorBox(title: string, content: string) {
    errorBoxes.push({ title, content });
  },
});

const destroyed = new WeakSet<object>();
/** For the test: has the app destroyed this window or tray? */
export const isDestroyedFake = (target: object): boolean => destroyed.has(target);
function alive(target: object, what: string): void {
  if (destroyed.has(target)) throw new TypeError(`Object has been destroyed (${what})`);
}

/** A WebFrameMain: only its url is read. */
export class FakeWebFrame {
  constructor(public url: string) {}
}

class WebContentsFake extends Emitter {
  override readonly [S] = {
    events: new EventEmitter(),
    sent: [] as { channel: string; args: unknown[] }[],
    openHandler: null as ((details: { url: string }) => unknown) | null,
  };
  mainFrame = new FakeWebFrame('');
  send(channel: string, ...args: unknown[]) {
    this[S].sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this[S].openHandler = handler;
  }
}

const windowOptionKeys = () => declaredKeys('BrowserWindowConstructorOptions');
const webPreferenceKeys = () => declaredKeys('WebPreferences');

export class FakeBrowserWindow extends Emitter {
  override readonly [S] = {
    events: new EventEmitter(),
    options: {} as Record<string, unknown>,
    url: '',
    visible: false,
  };
  webContents: WebContentsFake;
  constructor(options?: Record<string, unknown>) {
    super();
    needsReady('new BrowserWindow()');
    const opts = options ?? {};
    const unknownKeys = Object.keys(opts).filter((k) => !windowOptionKeys().has(k));
    const prefs = opts.webPreferences;
    if (typeof prefs === 'object' && prefs !== null) {
      unknownKeys.push(
        ...Object.keys(prefs)
          .filter((k) => !webPreferenceKeys().has(k))
          .map((k) => `webPreferences.${k}`),
      );
    }
    if (unknownKeys.length > 0)
      throw new TypeError(`Unknown BrowserWindow option(s): ${unknownKeys.join(', ')}`);
    this[S].options = opts;
    this.webContents = strict('BrowserWindow.webContents', 'WebContents', 'instance', new WebContentsFake());
    control.windows.push(this);
    control.appEvents.emit('web-contents-created', preventable(), this.webContents);
  }
  async loadURL(url: string, _options?: unknown) {
    alive(this, 'loadURL');
    this[S].url = url;
    this.webContents.mainFrame.url = url;
  }
  isDestroyed() {
    return destroyed.has(this);
  }
  isMinimized() {
    alive(this, 'isMinimized');
    return false;
  }
  restore() {
    alive(this, 'restore');
  }
  show() {
    alive(this, 'show');
    this[S].visible = true;
  }
  showInactive() {
    alive(this, 'showInactive');
    this[S].visible = true;
  }
  focus() {
    alive(this, 'focus');
  }
  close() {
    alive(this, 'close');
    destroyed.add(this);
    this[S].events.emit('closed');
  }
  setAlwaysOnTop(_flag: boolean, _level?: string, _relativeLevel?: number) {
    alive(this, 'setAlwaysOnTop');
  }
  setVisibleOnAllWorkspaces(_visible: boolean, _options?: unknown) {
    alive(this, 'setVisibleOnAllWorkspaces');
  }
}
export const BrowserWindow = strictClass('BrowserWindow', FakeBrowserWindow);

export class FakeTray extends Emitter {
  override readonly [S] = {
    events: new EventEmitter(),
    menu: null as { items: FakeMenuItem[] } | null,
    tooltip: '',
  };
  constructor(_image: unknown, _guid?: string) {
    super();
    needsReady('new Tray()');
    control.trays.push(this);
  }
  setContextMenu(menu: { items: FakeMenuItem[] } | null) {
    alive(this, 'setContextMenu');
    this[S].menu = menu;
  }
  setToolTip(toolTip: string) {
    alive(this, 'setToolTip');
    this[S].tooltip = toolTip;
  }
  setImage(_image: unknown) {
    alive(this, 'setImage');
  }
  setTitle(_title: string, _options?: unknown) {
    alive(this, 'setTitle');
  }
  destroy() {
    alive(this, 'destroy');
    control.onTrayDestroyed();
    destroyed.add(this);
  }
}
export const Tray = strictClass('Tray', FakeTray);

export interface FakeMenuItem {
  id?: string;
  label?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: FakeMenuItem[];
}

export const Menu = strict('electron.Menu', 'Menu', 'static', {
  buildFromTemplate(template: FakeMenuItem[]) {
    return { items: template };
  },
});

class NativeImageFake {
  addRepresentation(_options: unknown) {}
  setTemplateImage(_option: boolean) {}
}
export const nativeImage = strict('electron.nativeImage', 'NativeImage', 'static', {
  createFromBuffer(_buffer: Buffer, _options?: unknown) {
    return strict('NativeImage', 'NativeImage', 'instance', new NativeImageFake());
  },
});

export class FakeNotification extends Emitter {
  static isSupported() {
    return true;
  }
  override readonly [S] = { events: new EventEmitter(), record: { options: null as unknown, shown: false } };
  constructor(options?: unknown) {
    super();
    needsReady('new Notification()');
    this[S].record.options = options;
    control.notifications.push(this[S].record);
  }
  show() {
    this[S].record.shown = true;
  }
  close() {}
}
export const Notification = strictClass('Notification', FakeNotification);

// Static members of the classes the app uses, for the d.ts check.
registry.push(
  {
    path: 'Notification',
    typeName: 'Notification',
    kind: 'static',
    target: { isSupported: FakeNotification.isSupported },
  },
  {
    path: 'BrowserWindow',
    typeName: 'BrowserWindow',
    kind: 'static',
    target: { constructor: FakeBrowserWindow },
  },
  { path: 'Tray', typeName: 'Tray', kind: 'static', target: { constructor: FakeTray } },
);

// electron-store reads `app`, `ipcMain` and `shell` from the default export.
export default strict('electron', 'Electron', 'static', { app, ipcMain, shell }, false);
