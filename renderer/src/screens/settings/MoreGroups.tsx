/** Day start and summaries, check-in, flare-ups, sound, appearance and system settings. */
import { useApp } from '../../context';
import { weekdayName } from '../../lib/format';
import { playCue } from '../../player/cues';
import { settingsText as s } from '../../strings/settings';
import { NumberField, SelectField, TimeField, Toggle } from './fields';
import { Group } from './Group';
import type { Saver } from './useSaver';

const weekdays = [1, 2, 3, 4, 5, 6, 0].map((d) => ({ value: String(d), label: weekdayName(d) }));

export function MoreGroups({ saver }: { saver: Saver }) {
  const { settings } = useApp();
  const { issues, status, save } = saver;
  return (
    <>
      <Group id="day" title={s.groups.day} status={status.day}>
        <TimeField
          label={s.day.dayStart}
          help={s.day.dayStartHelp}
          path="dayStart"
          issues={issues}
          value={settings.dayStart}
          onCommit={(v) => save('day', { dayStart: v }, ['dayStart'])}
        />
        <Toggle
          label={s.day.endOfDay}
          path="endOfDaySummary.enabled"
          issues={issues}
          value={settings.endOfDaySummary.enabled}
          onCommit={(v) => save('day', { endOfDaySummary: { enabled: v } }, ['endOfDaySummary.enabled'])}
        />
        <TimeField
          label={s.day.endOfDayTime}
          path="endOfDaySummary.time"
          issues={issues}
          value={settings.endOfDaySummary.time}
          onCommit={(v) => save('day', { endOfDaySummary: { time: v } }, ['endOfDaySummary.time'])}
        />
        <Toggle
          label={s.day.windDown}
          help={s.day.windDownHelp}
          path="windDown.enabled"
          issues={issues}
          value={settings.windDown.enabled}
          onCommit={(v) => save('day', { windDown: { enabled: v } }, ['windDown.enabled'])}
        />
        <TimeField
          label={s.day.windDownTime}
          path="windDown.time"
          issues={issues}
          value={settings.windDown.time}
          onCommit={(v) => save('day', { windDown: { time: v } }, ['windDown.time'])}
        />
      </Group>

      <Group id="checkin" title={s.groups.checkin} status={status.checkin}>
        <Toggle
          label={s.checkin.enabled}
          path="checkIn.enabled"
          issues={issues}
          value={settings.checkIn.enabled}
          onCommit={(v) => save('checkin', { checkIn: { enabled: v } }, ['checkIn.enabled'])}
        />
        <div className="inline-fields">
          <SelectField
            label={s.checkin.day}
            path="checkIn.day"
            issues={issues}
            value={String(settings.checkIn.day)}
            options={weekdays}
            onCommit={(v) => save('checkin', { checkIn: { day: Number(v) } }, ['checkIn.day'])}
          />
          <TimeField
            label={s.checkin.time}
            path="checkIn.time"
            issues={issues}
            value={settings.checkIn.time}
            onCommit={(v) => save('checkin', { checkIn: { time: v } }, ['checkIn.time'])}
          />
        </div>
      </Group>

      <Group id="flare" title={s.groups.flare} status={status.flare}>
        <div className="inline-fields">
          <NumberField
            label={s.flare.share}
            help={s.flare.shareHelp}
            path="flare.sharePct"
            issues={issues}
            value={settings.flare.sharePct}
            min={10}
            max={90}
            onCommit={(v) => save('flare', { flare: { sharePct: v } }, ['flare.sharePct'])}
          />
          <NumberField
            label={s.flare.days}
            help={s.flare.daysHelp}
            path="flare.returnDays"
            issues={issues}
            value={settings.flare.returnDays}
            min={1}
            max={28}
            onCommit={(v) => save('flare', { flare: { returnDays: v } }, ['flare.returnDays'])}
          />
        </div>
      </Group>

      <Group id="sound" title={s.groups.sound} status={status.sound}>
        <Toggle
          label={s.sound.enabled}
          help={s.sound.enabledHelp}
          path="sound.enabled"
          issues={issues}
          value={settings.sound.enabled}
          onCommit={(v) => save('sound', { sound: { enabled: v } }, ['sound.enabled'])}
        />
        <div className="field">
          <label htmlFor="sound-volume">{s.sound.volume}</label>
          <input
            id="sound-volume"
            type="range"
            min={0}
            max={1}
            step={0.1}
            value={settings.sound.volume}
            disabled={!settings.sound.enabled}
            onChange={(e) =>
              save('sound', { sound: { volume: Number(e.currentTarget.value) } }, ['sound.volume'])
            }
          />
        </div>
        <button
          type="button"
          className="button small"
          disabled={!settings.sound.enabled}
          onClick={() => playCue('finish', settings.sound)}
        >
          {s.sound.test}
        </button>
      </Group>

      <Group id="appearance" title={s.groups.appearance} status={status.appearance}>
        <SelectField
          label={s.appearance.theme}
          path="theme"
          issues={issues}
          value={settings.theme}
          options={(['system', 'light', 'dark'] as const).map((v) => ({
            value: v,
            label: s.appearance.themes[v],
          }))}
          onCommit={(v) => save('appearance', { theme: v }, ['theme'])}
        />
      </Group>

      <Group id="system" title={s.groups.system} status={status.system}>
        <Toggle
          label={s.system.startAtLogin}
          path="startAtLogin"
          issues={issues}
          value={settings.startAtLogin}
          onCommit={(v) => save('system', { startAtLogin: v }, ['startAtLogin'])}
        />
        <NumberField
          label={s.system.idleSample}
          help={s.system.idleSampleHelp}
          path="idleSampleSec"
          issues={issues}
          value={settings.idleSampleSec}
          min={5}
          max={60}
          onCommit={(v) => save('system', { idleSampleSec: v }, ['idleSampleSec'])}
        />
      </Group>
    </>
  );
}
