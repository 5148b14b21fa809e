/** Schedule, prompts, working hours and meeting deferral settings. */
import { useEffect, useState } from 'react';
import { presetIds, presets } from '../../../../shared/settings';
import { useApp } from '../../context';
import { issuesFor } from '../../lib/errors';
import { weekdayName } from '../../lib/format';
import { t } from '../../strings/format';
import { settingsText as s } from '../../strings/settings';
import { DayPicker, issueText, NumberField, RadioCards, SelectField, TimeField, Toggle } from './fields';
import { Group } from './Group';
import type { Saver } from './useSaver';

const dayNames = [0, 1, 2, 3, 4, 5, 6].map((d) => weekdayName(d));

export function ScheduleGroups({ saver }: { saver: Saver }) {
  const { settings } = useApp();
  const { issues, status, save } = saver;
  const preset = settings.schedule.preset;
  const custom = settings.schedule.custom;
  const range = settings.workingHours.ranges[0] ?? { start: '09:00', end: '17:30' };
  const ranges = settings.workingHours.ranges;

  return (
    <>
      <Group id="schedule" title={s.groups.schedule} status={status.schedule}>
        <RadioCards
          label={s.schedule.preset}
          help={s.schedule.presetHelp}
          path="schedule.preset"
          issues={issues}
          value={preset}
          options={presetIds.map((id) => ({
            value: id,
            label: s.schedule.presets[id].label,
            help: s.schedule.presets[id].help,
          }))}
          onCommit={(v) => save('schedule', { schedule: { preset: v } }, ['schedule.preset'])}
        />
        {preset !== 'custom' && (
          <p className="muted small">{t(s.schedule.source, { source: presets[preset].source })}</p>
        )}
        {preset === 'custom' && (
          <div className="inline-fields">
            <NumberField
              label={s.schedule.sitMin}
              help={s.schedule.sitHelp}
              path="schedule.custom.sitMin"
              issues={issues}
              value={custom.sitMin}
              min={5}
              max={120}
              onCommit={(v) =>
                save('schedule', { schedule: { custom: { sitMin: v } } }, ['schedule.custom.sitMin'])
              }
            />
            <NumberField
              label={s.schedule.standMin}
              help={s.schedule.standHelp}
              path="schedule.custom.standMin"
              issues={issues}
              value={custom.standMin}
              min={0}
              max={60}
              onCommit={(v) =>
                save('schedule', { schedule: { custom: { standMin: v } } }, ['schedule.custom.standMin'])
              }
            />
            <NumberField
              label={s.schedule.moveMin}
              help={s.schedule.moveHelp}
              path="schedule.custom.moveMin"
              issues={issues}
              value={custom.moveMin}
              min={0}
              max={10}
              onCommit={(v) =>
                save('schedule', { schedule: { custom: { moveMin: v } } }, ['schedule.custom.moveMin'])
              }
            />
          </div>
        )}
      </Group>

      <Group id="prompts" title={s.groups.prompts} status={status.prompts}>
        <SelectField
          label={s.prompts.style}
          help={s.prompts.styleHelp}
          path="promptStyle"
          issues={issues}
          value={settings.promptStyle}
          options={[
            { value: 'window', label: s.prompts.styles.window },
            { value: 'notification', label: s.prompts.styles.notification },
          ]}
          onCommit={(v) => save('prompts', { promptStyle: v }, ['promptStyle'])}
        />
        <div className="inline-fields">
          <NumberField
            label={s.prompts.snoozeMin}
            help={s.prompts.snoozeMinHelp}
            path="snooze.minutes"
            issues={issues}
            value={settings.snooze.minutes}
            min={1}
            max={30}
            onCommit={(v) => save('prompts', { snooze: { minutes: v } }, ['snooze.minutes'])}
          />
          <NumberField
            label={s.prompts.snoozeLimit}
            help={s.prompts.snoozeLimitHelp}
            path="snooze.limit"
            issues={issues}
            value={settings.snooze.limit}
            min={0}
            max={5}
            onCommit={(v) => save('prompts', { snooze: { limit: v } }, ['snooze.limit'])}
          />
          <NumberField
            label={s.prompts.away}
            help={s.prompts.awayHelp}
            path="awayThresholdMin"
            issues={issues}
            value={settings.awayThresholdMin}
            min={1}
            max={30}
            onCommit={(v) => save('prompts', { awayThresholdMin: v }, ['awayThresholdMin'])}
          />
        </div>
      </Group>

      <Group id="hours" title={s.groups.hours} status={status.hours}>
        <Toggle
          label={s.hours.enabled}
          help={s.hours.enabledHelp}
          path="workingHours.enabled"
          issues={issues}
          value={settings.workingHours.enabled}
          onCommit={(v) => save('hours', { workingHours: { enabled: v } }, ['workingHours.enabled'])}
        />
        <DayPicker
          label={s.hours.days}
          path="workingHours.days"
          issues={issues}
          value={settings.workingHours.days}
          names={dayNames}
          onCommit={(v) => save('hours', { workingHours: { days: v } }, ['workingHours.days'])}
        />
        <RangeFields
          start={range.start}
          end={range.end}
          error={issuesFor(issues, 'workingHours.ranges').map(issueText).join(' ')}
          onCommit={(start, end) =>
            save('hours', { workingHours: { ranges: [{ start, end }, ...ranges.slice(1)] } }, [
              'workingHours.ranges',
            ])
          }
        />
      </Group>

      <Group id="focus" title={s.groups.focus} status={status.focus}>
        <Toggle
          label={s.focus.enabled}
          help={s.focus.enabledHelp}
          path="focusDeferral.enabled"
          issues={issues}
          value={settings.focusDeferral.enabled}
          onCommit={(v) => save('focus', { focusDeferral: { enabled: v } }, ['focusDeferral.enabled'])}
        />
        <Toggle
          label={s.focus.fullscreen}
          path="focusDeferral.fullscreen"
          issues={issues}
          value={settings.focusDeferral.fullscreen}
          onCommit={(v) => save('focus', { focusDeferral: { fullscreen: v } }, ['focusDeferral.fullscreen'])}
        />
        <AppsField
          apps={settings.focusDeferral.apps}
          error={issuesFor(issues, 'focusDeferral.apps').map(issueText).join(' ')}
          onCommit={(apps) => save('focus', { focusDeferral: { apps } }, ['focusDeferral.apps'])}
        />
      </Group>
    </>
  );
}

/** Start and end of the working day; sent together because main checks start < end across both. */
function RangeFields({
  start,
  end,
  error,
  onCommit,
}: {
  start: string;
  end: string;
  error: string;
  onCommit(start: string, end: string): void;
}) {
  const [a, setA] = useState(start);
  const [b, setB] = useState(end);
  useEffect(() => {
    if (!error) {
      setA(start);
      setB(end);
    }
  }, [start, end, error]);
  const issues = error ? [{ path: 'workingHours.ranges', message: error }] : [];
  return (
    <div className="inline-fields">
      <TimeField
        label={s.hours.start}
        path="workingHours.ranges"
        issues={[]}
        value={a}
        onCommit={(v) => {
          setA(v);
          onCommit(v, b);
        }}
      />
      <TimeField
        label={s.hours.end}
        help={s.hours.rangeHelp}
        path="workingHours.ranges"
        issues={issues}
        value={b}
        onCommit={(v) => {
          setB(v);
          onCommit(a, v);
        }}
      />
    </div>
  );
}

function AppsField({
  apps,
  error,
  onCommit,
}: {
  apps: readonly string[];
  error: string;
  onCommit(apps: string[]): void;
}) {
  const [draft, setDraft] = useState(apps.join('\n'));
  useEffect(() => {
    if (!error) setDraft(apps.join('\n'));
  }, [apps, error]);
  return (
    <div className="field">
      <label htmlFor="focus-apps">{s.focus.apps}</label>
      <textarea
        id="focus-apps"
        rows={5}
        value={draft}
        aria-invalid={error.length > 0}
        aria-describedby={error ? 'focus-apps-help focus-apps-error' : 'focus-apps-help'}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={() => {
          const next = draft
            .split('\n')
            .map((x) => x.trim())
            .filter((x) => x.length > 0);
          if (next.join('\n') !== apps.join('\n') || error) onCommit(next);
        }}
      />
      <p className="help" id="focus-apps-help">
        {s.focus.appsHelp}
      </p>
      {error && (
        <p className="field-error" id="focus-apps-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
