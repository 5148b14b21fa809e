/**
 * Interruptions: when prompts wait (a call, Do Not Disturb, fullscreen, a pause in typing), the daily cap,
 * the heads-up, and each detector's status read now ("microphone: in use now", or why it cannot tell).
 * The status is read when the group opens and on "Check now" — never polled. The calendar (opt-in) is a
 * part of its own.
 */
import {
  type DetectorReading,
  detectorProblemSchema,
  type InterruptionsStatus,
} from '../../../../shared/ipc';
import { api } from '../../api';
import { useLoad } from '../../hooks/useLoad';
import { t } from '../../i18n/t';
import { CalendarPart } from './CalendarPart';
import { Group } from './Group';
import { SettingRows } from './SettingRow';
import type { Row } from './table';
import { useGroupSave } from './useGroupSave';

const rows = (): readonly Row[] => [
  {
    kind: 'toggle',
    path: 'interruptions.call',
    label: t('settings.interruptions.call'),
    help: t('settings.interruptions.callHelp'),
  },
  { kind: 'toggle', path: 'interruptions.dnd', label: t('settings.interruptions.dnd') },
  { kind: 'toggle', path: 'interruptions.fullscreen', label: t('settings.interruptions.fullscreen') },
  {
    kind: 'toggle',
    path: 'naturalPauses.enabled',
    label: t('settings.interruptions.pauses'),
    help: t('settings.interruptions.pausesHelp'),
  },
  {
    kind: 'inline',
    when: (settings) => settings.naturalPauses.enabled,
    rows: [
      {
        kind: 'number',
        path: 'naturalPauses.maxHoldMin',
        label: t('settings.interruptions.maxHold'),
        help: (bounds) => t('settings.interruptions.range', bounds),
      },
      {
        kind: 'number',
        path: 'naturalPauses.pauseSec',
        label: t('settings.interruptions.pauseSec'),
        help: (bounds) => t('settings.interruptions.range', bounds),
      },
    ],
  },
  {
    kind: 'number',
    path: 'promptCap',
    label: t('settings.interruptions.cap'),
    help: (bounds) => t('settings.interruptions.capHelp', bounds),
  },
  {
    kind: 'toggle',
    path: 'headsUp.enabled',
    label: t('settings.interruptions.headsUp'),
    help: t('settings.interruptions.headsUpHelp'),
  },
];

function readingText(r: DetectorReading): string {
  // Main's code for why, checked here (the boundary); an unknown one reads as "no reason given".
  if ('why' in r) {
    const why = detectorProblemSchema.safeParse(r.why);
    return t('settings.interruptions.unavailable', {
      why: t('settings.interruptions.why', { why: why.success ? why.data : 'other' }),
    });
  }
  return r.state === 'active' ? t('settings.interruptions.active') : t('settings.interruptions.inactive');
}

function Status({ status }: { status: InterruptionsStatus }) {
  const lines: [string, DetectorReading][] = [
    [t('settings.interruptions.microphone'), status.microphone],
    [t('settings.interruptions.camera'), status.camera],
    [t('settings.interruptions.dndName'), status.dnd],
  ];
  return (
    <ul className="plain" data-testid="detector-status">
      {lines.map(([name, r]) => (
        <li key={name}>{t('settings.interruptions.statusLine', { name, state: readingText(r) })}</li>
      ))}
    </ul>
  );
}

export function InterruptionsGroup() {
  const group = useGroupSave();
  const { state, reload } = useLoad<InterruptionsStatus>(() => api().invoke('interruptions.status'), []);
  return (
    <Group id="interruptions" title={t('settings.groups.interruptions')} status={group.status}>
      <SettingRows rows={rows()} group={group} />
      <h3>{t('settings.interruptions.statusTitle')}</h3>
      <p className="muted">{t('settings.interruptions.statusHelp')}</p>
      {state.status === 'error' ? <p className="field-error">{state.error.message}</p> : null}
      {state.value ? <Status status={state.value} /> : null}
      <button type="button" className="button" onClick={reload} disabled={state.status === 'loading'}>
        {t('settings.interruptions.checkNow')}
      </button>
      <CalendarPart group={group} />
    </Group>
  );
}
