import { z } from 'zod';

/** "HH:MM" local wall time, 00:00–23:59. */
export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time written as HH:MM (00:00 to 23:59)');

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
  .refine((r) => r.start < r.end, { message: 'start must be before end' });

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
  }),
  focusDeferral: z.object({
    enabled: z.boolean(),
    fullscreen: z.boolean(),
    apps: z.array(z.string().trim().min(1).max(80)).max(50),
  }),
  startAtLogin: z.boolean(),
  theme: z.enum(['system', 'light', 'dark']),
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
  startAtLogin: false,
  theme: 'system',
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
  startAtLogin: s.startAtLogin.optional(),
  theme: s.theme.optional(),
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
