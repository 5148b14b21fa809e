/**
 * Every stored setting the Settings screen shows, as data: group, kind of control, path, words. Bounds
 * are not written here: number fields read them from the schema in shared/settings.ts (lib/settingRules).
 * A group with controls of its own (data, about, interruptions) is a component in its own file, placed
 * by `settingsLayout` in SettingsScreen.
 */
import type { ReactNode } from 'react';
import { type PresetId, presetIds, presets, type Settings } from '../../../../shared/settings';
import type { Option } from '../../components/form/Field';
import { weekdayName } from '../../lib/format';
import type { SettingPath } from '../../lib/settingRules';
import { t } from '../../strings/format';
import { settingsText as s } from '../../strings/settings';
import { SoundTest } from './SoundTest';

interface Labelled {
  label: string;
  /** May hold {min} and {max}: filled from the schema. */
  help?: string;
}

/** Each kind of row and what it holds; SettingRow has one control per kind. */
export interface RowKinds {
  number: Labelled & { path: SettingPath };
  time: Labelled & { path: SettingPath };
  /** A line of text (an address, a key combination). */
  text: Labelled & { path: SettingPath };
  toggle: Labelled & { path: SettingPath };
  select: Labelled & { path: SettingPath; options: readonly Option<string | number>[] };
  cards: Labelled & { path: SettingPath; options: readonly (Option<string> & { help: string })[] };
  days: Labelled & { path: 'workingHours.days' };
  lines: Labelled & { path: 'focusDeferral.apps' };
  slider: Labelled & { path: 'sound.volume'; enabledBy: SettingPath };
  /** Start and end of the first working-hours range, saved together (main checks start < end). */
  hours: object;
  inline: { rows: readonly Row[]; when?: (settings: Settings) => boolean };
  note: { text(settings: Settings): string | null };
  custom: { Component: () => ReactNode };
}
export type RowKind = keyof RowKinds;
export type RowOf<K extends RowKind> = { [P in K]: RowKinds[P] & { kind: P } }[K];
export type Row = RowOf<RowKind>;

export interface GroupSpec {
  id: keyof typeof s.groups;
  rows: readonly Row[];
}

const weekdays = [1, 2, 3, 4, 5, 6, 0].map((d) => ({ value: d, label: weekdayName(d) }));
const isCustom = (settings: Settings) => settings.schedule.preset === 'custom';
const presetSource = (id: PresetId) =>
  id === 'custom' ? null : t(s.schedule.source, { source: presets[id].source });

export const settingsTable: readonly GroupSpec[] = [
  {
    id: 'schedule',
    rows: [
      {
        kind: 'cards',
        path: 'schedule.preset',
        label: s.schedule.preset,
        help: s.schedule.presetHelp,
        options: presetIds.map((id) => ({
          value: id,
          label: s.schedule.presets[id].label,
          help: s.schedule.presets[id].help,
        })),
      },
      { kind: 'note', text: (settings) => presetSource(settings.schedule.preset) },
      {
        kind: 'inline',
        when: isCustom,
        rows: [
          {
            kind: 'number',
            path: 'schedule.custom.sitMin',
            label: s.schedule.sitMin,
            help: s.schedule.sitHelp,
          },
          {
            kind: 'number',
            path: 'schedule.custom.standMin',
            label: s.schedule.standMin,
            help: s.schedule.standHelp,
          },
          {
            kind: 'number',
            path: 'schedule.custom.moveMin',
            label: s.schedule.moveMin,
            help: s.schedule.moveHelp,
          },
        ],
      },
    ],
  },
  {
    id: 'prompts',
    rows: [
      {
        kind: 'select',
        path: 'promptStyle',
        label: s.prompts.style,
        help: s.prompts.styleHelp,
        options: [
          { value: 'window', label: s.prompts.styles.window },
          { value: 'notification', label: s.prompts.styles.notification },
        ],
      },
      {
        kind: 'inline',
        rows: [
          {
            kind: 'number',
            path: 'snooze.minutes',
            label: s.prompts.snoozeMin,
            help: s.prompts.snoozeMinHelp,
          },
          {
            kind: 'number',
            path: 'snooze.limit',
            label: s.prompts.snoozeLimit,
            help: s.prompts.snoozeLimitHelp,
          },
          { kind: 'number', path: 'awayThresholdMin', label: s.prompts.away, help: s.prompts.awayHelp },
        ],
      },
    ],
  },
  {
    id: 'hours',
    rows: [
      { kind: 'toggle', path: 'workingHours.enabled', label: s.hours.enabled, help: s.hours.enabledHelp },
      { kind: 'days', path: 'workingHours.days', label: s.hours.days },
      { kind: 'hours' },
    ],
  },
  {
    id: 'focus',
    rows: [
      { kind: 'toggle', path: 'focusDeferral.enabled', label: s.focus.enabled, help: s.focus.enabledHelp },
      { kind: 'toggle', path: 'focusDeferral.fullscreen', label: s.focus.fullscreen },
      { kind: 'lines', path: 'focusDeferral.apps', label: s.focus.apps, help: s.focus.appsHelp },
    ],
  },
  {
    id: 'day',
    rows: [
      { kind: 'time', path: 'dayStart', label: s.day.dayStart, help: s.day.dayStartHelp },
      { kind: 'toggle', path: 'endOfDaySummary.enabled', label: s.day.endOfDay },
      { kind: 'time', path: 'endOfDaySummary.time', label: s.day.endOfDayTime },
      { kind: 'toggle', path: 'windDown.enabled', label: s.day.windDown, help: s.day.windDownHelp },
      { kind: 'time', path: 'windDown.time', label: s.day.windDownTime },
    ],
  },
  {
    id: 'checkin',
    rows: [
      { kind: 'toggle', path: 'checkIn.enabled', label: s.checkin.enabled },
      {
        kind: 'inline',
        rows: [
          { kind: 'select', path: 'checkIn.day', label: s.checkin.day, options: weekdays },
          { kind: 'time', path: 'checkIn.time', label: s.checkin.time },
        ],
      },
    ],
  },
  {
    id: 'flare',
    rows: [
      {
        kind: 'inline',
        rows: [
          { kind: 'number', path: 'flare.sharePct', label: s.flare.share, help: s.flare.shareHelp },
          { kind: 'number', path: 'flare.returnDays', label: s.flare.days, help: s.flare.daysHelp },
        ],
      },
    ],
  },
  {
    id: 'sound',
    rows: [
      { kind: 'toggle', path: 'sound.enabled', label: s.sound.enabled, help: s.sound.enabledHelp },
      { kind: 'slider', path: 'sound.volume', label: s.sound.volume, enabledBy: 'sound.enabled' },
      { kind: 'custom', Component: SoundTest },
      { kind: 'toggle', path: 'sound.speak', label: s.sound.speak, help: s.sound.speakHelp },
    ],
  },
  {
    id: 'appearance',
    rows: [
      {
        kind: 'select',
        path: 'theme',
        label: s.appearance.theme,
        options: (['system', 'light', 'dark'] as const).map((v) => ({
          value: v,
          label: s.appearance.themes[v],
        })),
      },
    ],
  },
  {
    id: 'system',
    rows: [
      { kind: 'toggle', path: 'startAtLogin', label: s.system.startAtLogin },
      { kind: 'number', path: 'idleSampleSec', label: s.system.idleSample, help: s.system.idleSampleHelp },
    ],
  },
];
