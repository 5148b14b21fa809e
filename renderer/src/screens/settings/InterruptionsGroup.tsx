/**
 * Interruptions: when prompts wait (a call, Do Not Disturb, fullscreen, a pause in typing), the daily cap,
 * the heads-up, and each detector's status read now ("microphone: in use now", or why it cannot tell).
 * The status is read when the group opens and on "Check now" — never polled. The calendar (opt-in) is a
 * part of its own.
 */
import type { DetectorReading, InterruptionsStatus } from '../../../../shared/ipc';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../strings/format';
import { settingsText as s } from '../../strings/settings';
import { CalendarPart } from './CalendarPart';
import { Group } from './Group';
import { SettingRows } from './SettingRow';
import type { Row } from './table';
import { useGroupSave } from './useGroupSave';

const i = s.interruptions;

const rows: readonly Row[] = [
  { kind: 'toggle', path: 'interruptions.call', label: i.call, help: i.callHelp },
  { kind: 'toggle', path: 'interruptions.dnd', label: i.dnd },
  { kind: 'toggle', path: 'interruptions.fullscreen', label: i.fullscreen },
  { kind: 'toggle', path: 'naturalPauses.enabled', label: i.pauses, help: i.pausesHelp },
  {
    kind: 'inline',
    when: (settings) => settings.naturalPauses.enabled,
    rows: [
      { kind: 'number', path: 'naturalPauses.maxHoldMin', label: i.maxHold, help: i.range },
      { kind: 'number', path: 'naturalPauses.pauseSec', label: i.pauseSec, help: i.range },
    ],
  },
  { kind: 'number', path: 'promptCap', label: i.cap, help: i.capHelp },
  { kind: 'toggle', path: 'headsUp.enabled', label: i.headsUp, help: i.headsUpHelp },
];

function readingText(r: DetectorReading): string {
  if ('why' in r) return t(i.unavailable, { why: r.why });
  return r.state === 'active' ? i.active : i.inactive;
}

function Status({ status }: { status: InterruptionsStatus }) {
  const lines: [string, DetectorReading][] = [
    [i.microphone, status.microphone],
    [i.camera, status.camera],
    [i.dndName, status.dnd],
  ];
  return (
    <ul className="plain" data-testid="detector-status">
      {lines.map(([name, r]) => (
        <li key={name}>{t(i.statusLine, { name, state: readingText(r) })}</li>
      ))}
    </ul>
  );
}

export function InterruptionsGroup() {
  const group = useGroupSave();
  const { state, reload } = useLoad<InterruptionsStatus>(() => api().invoke('interruptions.status'), []);
  return (
    <Group id="interruptions" title={s.groups.interruptions} status={group.status}>
      <SettingRows rows={rows} group={group} />
      <h3>{i.statusTitle}</h3>
      <p className="muted">{i.statusHelp}</p>
      {state.status === 'error' ? <p className="field-error">{state.error.message}</p> : null}
      {state.value ? <Status status={state.value} /> : null}
      <button type="button" className="button" onClick={reload} disabled={state.status === 'loading'}>
        {i.checkNow}
      </button>
      <CalendarPart group={group} />
    </Group>
  );
}
