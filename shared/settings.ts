import { z } from 'zod';
import { localeSchema } from './i18n/locale-schema';

/** The language setting: one of the languages Sitwise speaks, or "system" (the OS's choice). */
export const localeSettingSchema = z.enum(['system', ...localeSchema.options]);
export type LocaleSetting = z.infer<typeof localeSettingSchema>;

export const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

/** "HH:MM" local wall time, 00:00–23:59. */
export const clockTime = z.string().regex(clockPattern, 'must be a time written as HH:MM (00:00 to 23:59)');

export const presetIds = ['back-friendly', 'cornell', 'no-standing-desk', 'custom'] as const;
export type PresetId = (typeof presetIds)[number];

export const customScheduleSchema = z.object({
  sitMin: z.number().int().min(5).max(120),
  /** 0 means "no standing bout": the cycle is sit, then a movement snack. */
  standMin: z.number().int().min(0).max(60),
  moveMin: z.number().int().min(0).max(10),
});

export const timeRangeSchema = z
  .object({ start: clockTime, end: clockTime })
  .refine((r) => r.start < r.end, { message: 'start must be before end', params: { code: 'startAfterEnd' } });

/**
 * A keyboard shortcut in Electron's accelerator syntax: modifiers joined by "+", then one key
 * ("CommandOrControl+Alt+S"). See electron.d.ts, globalShortcut.register.
 */
export const accelerator = z
  .string()
  .max(60)
  .regex(
    /^((CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)\+)+([A-Z0-9]|F([1-9]|1\d|2[0-4])|Space|Up|Down|Left|Right|Home|End|PageUp|PageDown|Insert|Delete|[-=,./;'`[\]\\])$/,
    'must be modifiers and one key, e.g. CommandOrControl+Alt+S',
  );

/** An ICS calendar: empty (none yet), an absolute file path, or an https:// (or webcal://) address. */
export const calendarSource = z
  .string()
  .trim()
  .max(2000)
  .refine(
    (v) => v === '' || /^(https|webcal):\/\/[^\s]+$/i.test(v) || /^(\/|[A-Za-z]:[\\/])[^\0]*$/.test(v),
    {
      message: 'must be an https:// or webcal:// address, or a full path to an .ics file',
    },
  );

export const settingsSchema = z.object({
  schedule: z.object({
    preset: z.enum(presetIds),
    custom: customScheduleSchema,
  }),
  /** Idle stretches at least this long count as away (and as a natural break). */
  awayThresholdMin: z.number().int().min(1).max(30),
  snooze: z.object({
    minutes: z.number().int().min(1).max(30),
    limit: z.number().int().min(0).max(5),
  }),
  workingHours: z.object({
    enabled: z.boolean(),
    /** 0 = Sunday … 6 = Saturday. */
    days: z.array(z.number().int().min(0).max(6)).max(7),
    ranges: z.array(timeRangeSchema).min(1).max(4),
  }),
  /** Local time at which a new day starts for summaries. */
  dayStart: clockTime,
  promptStyle: z.enum(['window', 'notification']),
  sound: z.object({
    enabled: z.boolean(),
    volume: z.number().min(0).max(1),
    /** Say each step's instruction aloud where the platform can (off unless turned on). */
    speak: z.boolean().optional(),
  }),
  focusDeferral: z.object({
    enabled: z.boolean(),
    fullscreen: z.boolean(),
    apps: z.array(z.string().trim().min(1).max(80)).max(50),
  }),
  /** Hold prompts back while the moment is bad (camera or microphone in use, Do Not Disturb, fullscreen). */
  interruptions: z.object({
    call: z.boolean(),
    dnd: z.boolean(),
    fullscreen: z.boolean(),
  }),
  /** A prompt that falls due while the user types waits (up to maxHoldMin) for a pause of pauseSec. */
  naturalPauses: z.object({
    enabled: z.boolean(),
    maxHoldMin: z.number().int().min(1).max(10),
    pauseSec: z.number().int().min(10).max(60),
  }),
  /** Busy times from an ICS calendar (the one network address Sitwise may fetch; off by default). */
  calendar: z.object({ enabled: z.boolean(), source: calendarSource }),
  /** At most this many prompts a day (0: no cap). */
  promptCap: z.number().int().min(0).max(60),
  /** System-wide shortcuts (off by default). */
  shortcuts: z.object({
    enabled: z.boolean(),
    stand: accelerator,
    sit: accelerator,
    snack: accelerator,
    pause: accelerator,
  }),
  /** A quiet "break in 1 minute" heads-up before a prompt. */
  headsUp: z.object({ enabled: z.boolean() }),
  startAtLogin: z.boolean(),
  theme: z.enum(['system', 'light', 'dark']),
  /** The language of every word; "system" follows the operating system's languages. */
  locale: localeSettingSchema,
  idleSampleSec: z.number().int().min(5).max(60),
  endOfDaySummary: z.object({ enabled: z.boolean(), time: clockTime }),
  /** Opt-in evening nudge with a two-minute breathing routine (the founding text's wind-down advice). */
  windDown: z.object({ enabled: z.boolean(), time: clockTime }),
  checkIn: z.object({
    enabled: z.boolean(),
    day: z.number().int().min(0).max(6),
    time: clockTime,
  }),
  flare: z.object({
    sharePct: z.number().int().min(10).max(90),
    returnDays: z.number().int().min(1).max(28),
  }),
  /** Routine ids the user marked as staples (done even on low-energy days). */
  staples: z.array(z.string().min(1).max(80)).max(10),
  /** Setup-checklist item ids the user ticked. */
  checklist: z.array(z.string().min(1).max(80)).max(100),
  onboarded: z.boolean(),
});

export type Settings = z.infer<typeof settingsSchema>;

export const defaultSettings: Settings = {
  schedule: { preset: 'back-friendly', custom: { sitMin: 30, standMin: 15, moveMin: 2 } },
  awayThresholdMin: 3,
  snooze: { minutes: 5, limit: 2 },
  workingHours: {
    enabled: false,
    days: [1, 2, 3, 4, 5],
    ranges: [{ start: '09:00', end: '17:30' }],
  },
  dayStart: '04:00',
  promptStyle: 'window',
  sound: { enabled: true, volume: 0.5 },
  focusDeferral: {
    enabled: false,
    fullscreen: true,
    apps: ['zoom', 'teams', 'webex', 'meet.google.com', 'powerpoint', 'keynote', 'obs'],
  },
  interruptions: { call: true, dnd: true, fullscreen: true },
  naturalPauses: { enabled: false, maxHoldMin: 3, pauseSec: 20 },
  calendar: { enabled: false, source: '' },
  promptCap: 24,
  shortcuts: {
    enabled: false,
    stand: 'CommandOrControl+Alt+Up',
    sit: 'CommandOrControl+Alt+Down',
    snack: 'CommandOrControl+Alt+M',
    pause: 'CommandOrControl+Alt+P',
  },
  headsUp: { enabled: false },
  startAtLogin: false,
  theme: 'system',
  locale: 'system',
  idleSampleSec: 15,
  endOfDaySummary: { enabled: true, time: '17:30' },
  windDown: { enabled: false, time: '21:30' },
  checkIn: { enabled: true, day: 1, time: '10:00' },
  flare: { sharePct: 50, returnDays: 5 },
  staples: [],
  checklist: [],
  onboarded: false,
};

/** Sit/stand/move minutes for one cycle. */
export interface Schedule {
  sitMin: number;
  standMin: number;
  moveMin: number;
}

export const presets: Record<Exclude<PresetId, 'custom'>, Schedule & { source: string }> = {
  'back-friendly': {
    sitMin: 30,
    standMin: 15,
    moveMin: 2,
    source: 'Brakenridge et al. 2025, Griffith University sit-stand trial (30:15)',
  },
  cornell: {
    sitMin: 20,
    standMin: 8,
    moveMin: 2,
    source: 'Hedge, Cornell University Ergonomics (20-8-2)',
  },
  'no-standing-desk': {
    sitMin: 30,
    standMin: 0,
    moveMin: 2,
    source: 'Dunstan et al., Diabetes Care 2012 (light walking breaks)',
  },
};

export function scheduleOf(settings: Pick<Settings, 'schedule'>): Schedule {
  const { preset, custom } = settings.schedule;
  if (preset === 'custom') return custom;
  const { sitMin, standMin, moveMin } = presets[preset];
  return { sitMin, standMin, moveMin };
}

const s = settingsSchema.shape;

/** Schema of a settings update: known keys only, nested objects may be partial, arrays replace. */
export const settingsPatchSchema = z.strictObject({
  schedule: z
    .strictObject({ preset: s.schedule.shape.preset, custom: customScheduleSchema.partial().strict() })
    .partial()
    .optional(),
  awayThresholdMin: s.awayThresholdMin.optional(),
  snooze: s.snooze.partial().strict().optional(),
  workingHours: s.workingHours.partial().strict().optional(),
  dayStart: s.dayStart.optional(),
  promptStyle: s.promptStyle.optional(),
  sound: s.sound.partial().strict().optional(),
  focusDeferral: s.focusDeferral.partial().strict().optional(),
  interruptions: s.interruptions.partial().strict().optional(),
  naturalPauses: s.naturalPauses.partial().strict().optional(),
  calendar: s.calendar.partial().strict().optional(),
  promptCap: s.promptCap.optional(),
  shortcuts: s.shortcuts.partial().strict().optional(),
  headsUp: s.headsUp.partial().strict().optional(),
  startAtLogin: s.startAtLogin.optional(),
  theme: s.theme.optional(),
  locale: s.locale.optional(),
  idleSampleSec: s.idleSampleSec.optional(),
  endOfDaySummary: s.endOfDaySummary.partial().strict().optional(),
  windDown: s.windDown.partial().strict().optional(),
  checkIn: s.checkIn.partial().strict().optional(),
  flare: s.flare.partial().strict().optional(),
  staples: s.staples.optional(),
  checklist: s.checklist.optional(),
  onboarded: s.onboarded.optional(),
});
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Applies a patch (nested objects merged, arrays replaced) and validates the result; throws a ZodError when it breaks a rule. */
export function mergeSettings(base: Settings, patch: SettingsPatch): Settings {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const prev = out[key];
    if (isPlainObject(prev) && isPlainObject(value)) {
      const merged: Record<string, unknown> = { ...prev };
      for (const [k, v] of Object.entries(value)) {
        const p = merged[k];
        merged[k] = isPlainObject(p) && isPlainObject(v) ? { ...p, ...v } : v;
      }
      out[key] = merged;
    } else {
      out[key] = value;
    }
  }
  return settingsSchema.parse(out);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
