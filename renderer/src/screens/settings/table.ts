/**
 * Every stored setting the Settings screen shows, as data: group, kind of control, path, words. Bounds
 * are not written here: number fields read them from the schema in shared/settings.ts (lib/settingRules).
 * A group with controls of its own (data, about, interruptions) is a component in its own file, placed
 * by `settingsLayout` in SettingsScreen.
 */
import type { ReactNode } from 'react';
import { weekdaysInOrder } from '../../../../shared/i18n/intl';
import { type PresetId, presetIds, presets, type Settings } from '../../../../shared/settings';
import type { Option } from '../../components/form/Field';
import { languageOptions } from '../../i18n/languageOptions';
import { formatTag, msgKey, t } from '../../i18n/t';
import { weekdayName } from '../../lib/format';
import type { SettingPath } from '../../lib/settingRules';
import { SoundTest } from './SoundTest';

export interface Labelled {
  label: string;
  /** Words, or words that name the schema's bounds. */
  help?: string | ((bounds: { min: number; max: number }) => string);
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
  id: GroupId;
  rows: readonly Row[];
}

/** The settings groups, in the order the screen shows them. */
export const groupIds = [
  'schedule',
  'prompts',
  'hours',
  'focus',
  'interruptions',
  'shortcuts',
  'day',
  'checkin',
  'flare',
  'sound',
  'appearance',
  'system',
  'data',
  'about',
] as const;
export type GroupId = (typeof groupIds)[number];

/** The weekdays from the locale's first day of the week (Monday in Germany, Sunday in the US). */
const weekdays = () => weekdaysInOrder(formatTag()).map((d) => ({ value: d, label: weekdayName(d) }));
const isCustom = (settings: Settings) => settings.schedule.preset === 'custom';
const presetSource = (id: PresetId) =>
  id === 'custom' ? null : t('settings.schedule.source', { source: presets[id].source });

/** The table in the current language (built when the screen renders, so a language change shows). */
export const settingsTable = (): readonly GroupSpec[] => [
  {
    id: 'schedule',
    rows: [
      {
        kind: 'cards',
        path: 'schedule.preset',
        label: t('settings.schedule.preset'),
        help: t('settings.schedule.presetHelp'),
        options: presetIds.map((id) => ({
          value: id,
          label: t(msgKey('settings.schedule.presets', id, '.label')),
          help: t(msgKey('settings.schedule.presets', id, '.help')),
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
            label: t('settings.schedule.sitMin'),
            help: (bounds) => t('settings.schedule.sitHelp', bounds),
          },
          {
            kind: 'number',
            path: 'schedule.custom.standMin',
            label: t('settings.schedule.standMin'),
            help: (bounds) => t('settings.schedule.standHelp', bounds),
          },
          {
            kind: 'number',
            path: 'schedule.custom.moveMin',
            label: t('settings.schedule.moveMin'),
            help: (bounds) => t('settings.schedule.moveHelp', bounds),
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
        label: t('settings.prompts.style'),
        help: t('settings.prompts.styleHelp'),
        options: [
          { value: 'window', label: t('settings.prompts.styles.window') },
          { value: 'notification', label: t('settings.prompts.styles.notification') },
        ],
      },
      {
        kind: 'inline',
        rows: [
          {
            kind: 'number',
            path: 'snooze.minutes',
            label: t('settings.prompts.snoozeMin'),
            help: (bounds) => t('settings.prompts.snoozeMinHelp', bounds),
          },
          {
            kind: 'number',
            path: 'snooze.limit',
            label: t('settings.prompts.snoozeLimit'),
            help: (bounds) => t('settings.prompts.snoozeLimitHelp', bounds),
          },
          {
            kind: 'number',
            path: 'awayThresholdMin',
            label: t('settings.prompts.away'),
            help: t('settings.prompts.awayHelp'),
          },
        ],
      },
    ],
  },
  {
    id: 'hours',
    rows: [
      {
        kind: 'toggle',
        path: 'workingHours.enabled',
        label: t('settings.hours.enabled'),
        help: t('settings.hours.enabledHelp'),
      },
      { kind: 'days', path: 'workingHours.days', label: t('settings.hours.days') },
      { kind: 'hours' },
    ],
  },
  {
    id: 'focus',
    rows: [
      {
        kind: 'toggle',
        path: 'focusDeferral.enabled',
        label: t('settings.focus.enabled'),
        help: t('settings.focus.enabledHelp'),
      },
      { kind: 'toggle', path: 'focusDeferral.fullscreen', label: t('settings.focus.fullscreen') },
      {
        kind: 'lines',
        path: 'focusDeferral.apps',
        label: t('settings.focus.apps'),
        help: t('settings.focus.appsHelp'),
      },
    ],
  },
  {
    id: 'day',
    rows: [
      {
        kind: 'time',
        path: 'dayStart',
        label: t('settings.day.dayStart'),
        help: t('settings.day.dayStartHelp'),
      },
      { kind: 'toggle', path: 'endOfDaySummary.enabled', label: t('settings.day.endOfDay') },
      { kind: 'time', path: 'endOfDaySummary.time', label: t('settings.day.endOfDayTime') },
      {
        kind: 'toggle',
        path: 'windDown.enabled',
        label: t('settings.day.windDown'),
        help: t('settings.day.windDownHelp'),
      },
      { kind: 'time', path: 'windDown.time', label: t('settings.day.windDownTime') },
    ],
  },
  {
    id: 'checkin',
    rows: [
      { kind: 'toggle', path: 'checkIn.enabled', label: t('settings.checkin.enabled') },
      {
        kind: 'inline',
        rows: [
          { kind: 'select', path: 'checkIn.day', label: t('settings.checkin.day'), options: weekdays() },
          { kind: 'time', path: 'checkIn.time', label: t('settings.checkin.time') },
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
          {
            kind: 'number',
            path: 'flare.sharePct',
            label: t('settings.flare.share'),
            help: (bounds) => t('settings.flare.shareHelp', bounds),
          },
          {
            kind: 'number',
            path: 'flare.returnDays',
            label: t('settings.flare.days'),
            help: (bounds) => t('settings.flare.daysHelp', bounds),
          },
        ],
      },
    ],
  },
  {
    id: 'sound',
    rows: [
      {
        kind: 'toggle',
        path: 'sound.enabled',
        label: t('settings.sound.enabled'),
        help: t('settings.sound.enabledHelp'),
      },
      { kind: 'slider', path: 'sound.volume', label: t('settings.sound.volume'), enabledBy: 'sound.enabled' },
      { kind: 'custom', Component: SoundTest },
      {
        kind: 'toggle',
        path: 'sound.speak',
        label: t('settings.sound.speak'),
        help: t('settings.sound.speakHelp'),
      },
    ],
  },
  {
    id: 'appearance',
    rows: [
      {
        kind: 'select',
        path: 'theme',
        label: t('settings.appearance.theme'),
        options: (['system', 'light', 'dark'] as const).map((v) => ({
          value: v,
          label: t(msgKey('settings.appearance.themes', v)),
        })),
      },
      {
        kind: 'select',
        path: 'locale',
        label: t('settings.appearance.language'),
        help: t('settings.appearance.languageHelp'),
        options: languageOptions(),
      },
    ],
  },
  {
    id: 'system',
    rows: [
      { kind: 'toggle', path: 'startAtLogin', label: t('settings.system.startAtLogin') },
      {
        kind: 'number',
        path: 'idleSampleSec',
        label: t('settings.system.idleSample'),
        help: (bounds) => t('settings.system.idleSampleHelp', bounds),
      },
    ],
  },
];
