/**
 * Stand-ins for the parts of Electron the adapters touch, recording what they were asked to do.
 * Used through `vi.mock('electron', () => import('./electron-fakes'))`; the adapters' logic runs for real.
 */
import { EventEmitter } from 'node:events';

export class FakeWebContents extends EventEmitter {
  sent: { channel: string; payload: unknown }[] = [];
  mainFrame = { url: '' };
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  openHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.openHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static created: BrowserWindow[] = [];
  options: Record<string, unknown>;
  webContents = new FakeWebContents();
  url: string | null = null;
  destroyed = false;
  visible: 'no' | 'shown' | 'inactive' = 'no';
  focused = false;
  alwaysOnTop: { flag: boolean; level?: string } | null = null;
  allWorkspaces = false;
  constructor(options: Record<string, unknown>) {
    super();
    this.options = options;
    BrowserWindow.created.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.url = url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  show(): void {
    this.visible = 'shown';
    this.focused = true;
  }
  showInactive(): void {
    this.visible = 'inactive';
  }
  focus(): void {
    this.focused = true;
  }
  setAlwaysOnTop(flag: boolean, level?: string): void {
    this.alwaysOnTop = level === undefined ? { flag } : { flag, level };
  }
  setVisibleOnAllWorkspaces(flag: boolean): void {
    this.allWorkspaces = flag;
  }
  close(): void {
    this.destroyed = true;
    this.emit('closed');
  }
}

const primary = {
  id: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};
export const screen = {
  cursor: { x: 2500, y: 300 },
  displays: [
    primary,
    {
      id: 2,
      bounds: { x: 1920, y: 0, width: 1280, height: 1024 },
      workArea: { x: 1920, y: 24, width: 1280, height: 1000 },
    },
  ],
  getCursorScreenPoint() {
    return screen.cursor;
  },
  getDisplayNearestPoint(p: { x: number; y: number }) {
    return screen.displays.find((d) => p.x >= d.bounds.x && p.x < d.bounds.x + d.bounds.width) ?? primary;
  },
  getDisplayMatching(r: { x: number; y: number }) {
    return screen.getDisplayNearestPoint(r);
  },
};

export interface FakeMenuItem {
  id?: string;
  label?: string;
  type?: string;
  enabled?: boolean;
  click?: () => void;
  submenu?: FakeMenuItem[];
}
export const Menu = {
  built: [] as FakeMenuItem[][],
  buildFromTemplate(template: FakeMenuItem[]) {
    Menu.built.push(template);
    return { items: template };
  },
};

export class FakeImage {
  template = false;
  reps: number[] = [];
  constructor(readonly png: Buffer) {}
  addRepresentation(rep: { scaleFactor: number }): void {
    this.reps.push(rep.scaleFactor);
  }
  setTemplateImage(flag: boolean): void {
    this.template = flag;
  }
}
export const nativeImage = {
  createFromBuffer(png: Buffer) {
    return new FakeImage(png);
  },
};

export class Tray extends EventEmitter {
  static last: Tray | null = null;
  menu: { items: FakeMenuItem[] } | null = null;
  tooltip = '';
  title = '';
  image: FakeImage;
  destroyed = false;
  calls = { menu: 0, tooltip: 0, title: 0, image: 0 };
  constructor(image: FakeImage) {
    super();
    this.image = image;
    Tray.last = this;
  }
  setContextMenu(menu: { items: FakeMenuItem[] }): void {
    this.menu = menu;
    this.calls.menu++;
  }
  setToolTip(text: string): void {
    this.tooltip = text;
    this.calls.tooltip++;
  }
  setTitle(text: string): void {
    this.title = text;
    this.calls.title++;
  }
  setImage(image: FakeImage): void {
    this.image = image;
    this.calls.image++;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export class Notification extends EventEmitter {
  static supported = true;
  static shown: Notification[] = [];
  static isSupported(): boolean {
    return Notification.supported;
  }
  closed = false;
  constructor(readonly options: Record<string, unknown> & { actions?: { type: string; text: string }[] }) {
    super();
  }
  show(): void {
    Notification.shown.push(this);
  }
  close(): void {
    this.closed = true;
  }
}

export const app = {
  loginItems: [] as unknown[],
  setLoginItemSettings(settings: unknown) {
    app.loginItems.push(settings);
  },
};

export function resetFakes(): void {
  BrowserWindow.created = [];
  Menu.built = [];
  Tray.last = null;
  Notification.shown = [];
  Notification.supported = true;
  app.loginItems = [];
  screen.cursor = { x: 2500, y: 300 };
}

/**
 * The start-up part of `app`, stricter than Electron: `commandLine.appendSwitch` throws once the app is
 * ready (Electron's command-line switches documentation: append them "before the ready event of the app
 * module is emitted"; later ones do not reach the running Chromium), and `getLocale` throws before ready
 * (electron.d.ts: "This API must be called after the ready event is emitted"). `getPath` and
 * `getPreferredSystemLanguages` have no such note and work at any time.
 */
export class FakeStartupApp {
  ready = false;
  switches: [string, string | undefined][] = [];
  constructor(
    private readonly userData: string,
    private readonly systemLanguages: string[],
  ) {}
  readonly commandLine = {
    appendSwitch: (name: string, value?: string): void => {
      if (this.ready) throw new Error(`appendSwitch(${name}) after ready has no effect`);
      this.switches.push([name, value]);
    },
  };
  isReady(): boolean {
    return this.ready;
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`the fake knows only userData, not ${name}`);
    return this.userData;
  }
  getPreferredSystemLanguages(): string[] {
    return [...this.systemLanguages];
  }
  getLocale(): string {
    if (!this.ready) throw new Error('getLocale() before ready');
    return this.systemLanguages[0] ?? 'en-US';
  }
}
