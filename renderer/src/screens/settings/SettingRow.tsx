/**
 * One row of the settings table as a control. Fields that take typing (numbers, times, the app list,
 * working hours) keep a draft while edited and save on Enter or when focus leaves; after saving they
 * always show the saved value, so a refused value snaps back with its message beside the field.
 */
import { type FocusEvent, type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import {
  CheckField,
  DayPicker,
  Field,
  RadioChoices,
  SelectField,
  TextField,
} from '../../components/form/Field';
import { useApp } from '../../context';
import { usePending } from '../../hooks/usePending';
import { t } from '../../i18n/t';
import { type NumberRule, numberRule, type SettingPath, valueAt } from '../../lib/settingRules';
import type { Labelled, Row, RowKind, RowOf } from './table';
import type { GroupSave } from './useGroupSave';

type Props<K extends RowKind> = { row: RowOf<K>; group: GroupSave };

/** Help text with the schema's bounds filled in. */
function helpOf(help: Labelled['help'], rule: NumberRule | null): string | undefined {
  if (typeof help !== 'function') return help;
  return rule ? help({ min: rule.min, max: rule.max }) : undefined;
}

/** A row's words for its control: label, help (bounds filled in) and its refusal, announced. */
function wordsOf(row: Labelled & { path: SettingPath }, group: GroupSave, rule: NumberRule | null = null) {
  return { label: row.label, help: helpOf(row.help, rule), announce: true, error: group.refusal(row.path) };
}

/** Saves once per edit, even when Enter and the blur that follows both ask. */
function useCommit(save: () => Promise<unknown>): () => Promise<void> {
  const running = useRef(false);
  return async () => {
    if (running.current) return;
    running.current = true;
    try {
      await save();
    } finally {
      running.current = false;
    }
  };
}

export function SettingRows({ rows, group }: { rows: readonly Row[]; group: GroupSave }) {
  return (
    <>
      {rows.map((row) => (
        <SettingRow key={keyOf(row)} row={row} group={group} />
      ))}
    </>
  );
}

function keyOf(row: Row): string {
  if ('path' in row) return row.path;
  if (row.kind === 'inline') return row.rows.map(keyOf).join('+');
  return row.kind;
}

function SettingRow<K extends RowKind>({ row, group }: Props<K>) {
  const Control: (props: Props<K>) => ReactNode = controls[row.kind];
  return <Control row={row} group={group} />;
}

function InlineRow({ row, group }: Props<'inline'>) {
  const { settings } = useApp();
  if (row.when && !row.when(settings)) return null;
  return (
    <div className="inline-fields">
      <SettingRows rows={row.rows} group={group} />
    </div>
  );
}

function NoteRow({ row }: Props<'note'>) {
  const text = row.text(useApp().settings);
  return text ? <p className="muted small">{text}</p> : null;
}

function DraftRow({ row, group }: Props<'number' | 'time' | 'text'>) {
  const { settings } = useApp();
  const saved = String(valueAt(settings, row.path) ?? '');
  const [draft, setDraft] = useState<string | null>(null);
  const rule = row.kind === 'number' ? numberRule(row.path) : null;
  const commit = useCommit(async () => {
    if (draft === null) return;
    if (draft.trim() !== saved) {
      // Whatever was typed goes to the schema's check: an empty or broken number is refused in words.
      const value = row.kind === 'number' ? (draft.trim() === '' ? Number.NaN : Number(draft)) : draft;
      await group.save(row.path, value);
    }
    setDraft(null);
  });
  return (
    <TextField
      {...wordsOf(row, group, rule)}
      invalid={false}
      type={row.kind}
      value={draft ?? saved}
      min={rule?.min}
      max={rule?.max}
      step={rule?.integer ? 1 : undefined}
      dataPath={row.path}
      onChange={setDraft}
      onCommit={() => void commit()}
    />
  );
}

function ToggleRow({ row, group }: Props<'toggle'>) {
  const { settings } = useApp();
  const [shown, choose] = usePending(valueAt(settings, row.path) === true);
  return (
    <CheckField
      {...wordsOf(row, group)}
      checked={shown}
      dataPath={row.path}
      onChange={(on) => choose(on, group.save(row.path, on))}
    />
  );
}

function SelectRow({ row, group }: Props<'select'>) {
  const { settings } = useApp();
  const saved = valueAt(settings, row.path);
  const current = row.options.find((o) => o.value === saved) ?? row.options[0];
  if (!current) return null;
  return (
    <SelectField
      {...wordsOf(row, group)}
      value={current.value}
      options={row.options}
      dataPath={row.path}
      onChange={(v) => void group.save(row.path, v)}
    />
  );
}

function CardsRow({ row, group }: Props<'cards'>) {
  const { settings } = useApp();
  const saved = valueAt(settings, row.path);
  return (
    <RadioChoices
      {...wordsOf(row, group)}
      value={row.options.find((o) => o.value === saved)?.value ?? null}
      options={row.options}
      onChange={(v) => void group.save(row.path, v)}
    />
  );
}

function DaysRow({ row, group }: Props<'days'>) {
  const { settings } = useApp();
  const [shown, choose] = usePending<readonly number[]>(settings.workingHours.days);
  // Unticking every day is allowed, but it changes what working hours mean: say so beside the days.
  const none =
    shown.length === 0
      ? settings.workingHours.enabled
        ? t('settings.hours.noDays')
        : t('settings.hours.noDaysOff')
      : undefined;
  return (
    <DayPicker
      {...wordsOf(row, group)}
      help={none}
      value={shown}
      onChange={(days) => choose(days, group.save(row.path, days))}
    />
  );
}

function LinesRow({ row, group }: Props<'lines'>) {
  const { settings } = useApp();
  const saved = settings.focusDeferral.apps.join('\n');
  const [draft, setDraft] = useState<string | null>(null);
  const commit = useCommit(async () => {
    if (draft === null) return;
    const apps = draft
      .split('\n')
      .map((x) => x.trim())
      .filter((x) => x.length > 0);
    if (apps.join('\n') !== saved) await group.save(row.path, apps);
    setDraft(null);
  });
  return (
    <TextField
      {...wordsOf(row, group)}
      rows={5}
      value={draft ?? saved}
      onChange={setDraft}
      onCommit={() => void commit()}
    />
  );
}

function SliderRow({ row, group }: Props<'slider'>) {
  const { settings } = useApp();
  const rule = numberRule(row.path);
  return (
    <Field {...wordsOf(row, group)}>
      {(control) => (
        <input
          {...control}
          type="range"
          min={rule?.min}
          max={rule?.max}
          step={0.1}
          value={settings.sound.volume}
          disabled={valueAt(settings, row.enabledBy) !== true}
          onChange={(e) => void group.save(row.path, Number(e.currentTarget.value))}
        />
      )}
    </Field>
  );
}

/** Start and end of the working day, saved as a pair when focus leaves both (or on Enter). */
function HoursRow({ group }: Props<'hours'>) {
  const { settings } = useApp();
  const path: SettingPath = 'workingHours.ranges';
  const ranges = settings.workingHours.ranges;
  const saved = ranges[0] ?? { start: '09:00', end: '17:30' };
  const [draft, setDraft] = useState<{ start: string; end: string } | null>(null);
  const shown = draft ?? saved;
  const commit = useCommit(async () => {
    if (draft === null) return;
    if (draft.start !== saved.start || draft.end !== saved.end)
      await group.save(path, [draft, ...ranges.slice(1)]);
    setDraft(null);
  });
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (!(e.relatedTarget instanceof Node && e.currentTarget.contains(e.relatedTarget))) void commit();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Enter') void commit();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: listens for focus leaving and Enter on its two inputs.
    <div className="inline-fields" onBlur={onBlur} onKeyDown={onKeyDown}>
      <TextField
        label={t('settings.hours.start')}
        type="time"
        value={shown.start}
        dataPath={`${path}.0.start`}
        onChange={(start) => setDraft({ ...shown, start })}
      />
      <TextField
        label={t('settings.hours.end')}
        help={t('settings.hours.rangeHelp')}
        announce
        error={group.refusal(path)}
        invalid={false}
        type="time"
        value={shown.end}
        dataPath={`${path}.0.end`}
        onChange={(end) => setDraft({ ...shown, end })}
      />
    </div>
  );
}

const controls: { [K in RowKind]: (props: Props<K>) => ReactNode } = {
  number: DraftRow,
  time: DraftRow,
  text: DraftRow,
  toggle: ToggleRow,
  select: SelectRow,
  cards: CardsRow,
  days: DaysRow,
  lines: LinesRow,
  slider: SliderRow,
  hours: HoursRow,
  inline: InlineRow,
  note: NoteRow,
  custom: ({ row }) => <row.Component />,
};
