/**
 * The ports: everything the application needs from the operating system, as one typed object.
 * Implemented twice — by Electron in main/platform/electron/, and by the end-to-end host in test/host/.
 */

import type { Formatter } from '../shared/i18n/format';
import type { PayloadOf, PushChannel, Screen } from '../shared/ipc';
import type { PaperSize } from '../shared/report/types';
import type { EngineSnapshot } from '../shared/snapshot';
import type { Readings } from './availability/status';
import type { SettingsBackend, SettingsStoreOptions } from './services/settings/store';

export type Cancel = () => void;

/**
 * Time. `now()` is epoch ms of true elapsed time: it never goes back, counts time asleep, and ignores manual
 * wall-clock changes; the engine never reads time any other way.
 */
export interface Clock {
  now(): number;
  /** Wall-clock reading when it differs from `now()` (manual change, travel); defaults to now(). */
  wallNow?(): number;
  /** One timer at an absolute time on the `now()` time line. */
  setTimer(at: number, callback: () => void): Cancel;
  /** Told after a sleep or a wall-clock jump: timers keyed to wall time should be recomputed. */
  onChange?(listener: () => void): Cancel;
  /**
   * Carries the time line on from `at` when `now()` is behind it (saved data written by a clock that was
   * ahead: a corrected clock, dual boot, a restored VM). The wall clock keeps its own reading.
   */
  notBefore?(at: number): void;
}

export type PowerEvent = 'suspend' | 'resume' | 'lock' | 'unlock';

/** Seconds since the last keyboard/mouse input, asked for on demand; null when the OS cannot tell. */
export interface ActivitySource {
  idleSeconds(): Promise<number | null>;
  onPower(listener: (event: PowerEvent) => void): Cancel;
}

/** Asked only when a prompt is due: is a meeting, presentation or fullscreen app in front? */
export interface FocusProbe {
  isBusy(options: { apps: string[]; fullscreen: boolean }): Promise<boolean>;
}

/**
 * "Is now a bad moment?" — camera, microphone, Do Not Disturb, each with its own reading. Asked only when
 * a prompt is due or held (never polled), and when Settings shows the live status.
 */
export interface AvailabilitySource {
  read(): Promise<Readings>;
}

/** A reply's status and headers, and its body as it arrives (read it, or abort the request's signal). */
export interface HttpReply {
  status: number;
  /** A response header by lower-case name; null when absent. */
  header(name: string): string | null;
  body: AsyncIterable<Uint8Array>;
}

/**
 * One HTTPS GET: the calendar address, fetched only when the user turned the calendar on (the one network
 * use Sitwise has). `followRedirect(to)` is asked before each redirect: false stops the request (it then
 * rejects). Rejects on a network failure or when `signal` aborts.
 */
export interface Network {
  get(
    url: string,
    options: { signal: AbortSignal; followRedirect: (to: string) => boolean },
  ): Promise<HttpReply>;
}

/**
 * System-wide keyboard shortcuts. `register` answers false when the keys could not be had (another app
 * holds them, or the system refuses them); it never throws.
 */
export interface GlobalShortcuts {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

export interface NotificationSpec {
  id: string;
  title: string;
  body: string;
  /** Button labels mapped to what they do. */
  actions: { id: string; label: string }[];
}

export interface Notifier {
  show(spec: NotificationSpec, onAction: (actionId: string | 'click' | 'close') => void): void;
  close(id: string): void;
}

/** Saving fails: the folder, the system's code and how many events could not be kept while waiting. */
export interface SaveProblem {
  folder: string;
  errno: string;
  dropped: number;
}

/** What the tray shows besides the engine's snapshot. */
export interface TrayExtras {
  /** Flare-up mode is on (pacing): the tray offers to leave it. */
  flare: boolean;
  /** Saving fails: the folder and the system's code, worded in the menu; null when saving works. */
  saveProblem?: SaveProblem | null;
  /** The words of the chosen language, in the system's time zone. */
  words: Formatter;
}

export interface TrayView {
  update(snapshot: EngineSnapshot, extras: TrayExtras): void;
}

export interface Windows {
  openDashboard(screen?: Screen): void;
  openPrompt(): void;
  closePrompt(): void;
  /** Sends a push message to every open page. */
  broadcast<C extends PushChannel>(channel: C, payload: PayloadOf<C>): void;
}

export interface Autostart {
  set(enabled: boolean): Promise<void>;
}

export interface Paths {
  /** The user-data folder: settings, journal, exports' defaults. */
  dataDir: string;
}

export interface Dialogs {
  /** Asks where to save an export; null when the user cancels. */
  chooseSavePath(defaultName: string): Promise<string | null>;
}

/** Prints a page of the dashboard to PDF (the report's print view), with its print style sheet. */
export interface Printer {
  /**
   * Renders the dashboard at the hash route made of `path` (for example report/print/…), waits until the
   * page marks itself ready (`data-print-ready` on its root element) and prints it on `paper`.
   */
  printToPdf(request: { path: string[]; paper: PaperSize }): Promise<Uint8Array>;
}

export interface Platform {
  clock: Clock;
  activity: ActivitySource;
  focus: FocusProbe;
  /** Absent on hosts that cannot tell (then nothing is held for a call or Do Not Disturb). */
  availability?: AvailabilitySource;
  /** Absent on hosts without a network (then an address calendar reports it cannot be fetched). */
  network?: Network;
  /** Absent on hosts without system-wide shortcuts. */
  shortcuts?: GlobalShortcuts;
  notifier: Notifier;
  tray: TrayView;
  windows: Windows;
  autostart: Autostart;
  paths: Paths;
  dialogs: Dialogs;
  printer: Printer;
  info: { version: string; platform: string };
  /** The system's IANA time zone, asked again at each wake-up (travel). */
  timeZone(): string;
  /**
   * The system's preferred languages as BCP 47 tags, best first ("de-AT", "en-US"); the tray and
   * notifications speak the first one Sitwise knows when the language setting is "system".
   */
  languages(): readonly string[];
  /** Opens the settings store library on these options: electron-store in the app, conf elsewhere. */
  openSettingsStore(options: SettingsStoreOptions): SettingsBackend;
  /** Asks the app to quit (the tray's Quit): the shell stops the app, flushing its files, then exits. */
  quit(): void;
}
