/**
 * Settings fields. Each commits a patch through `onCommit`; main validates it and any issue for the
 * field's path is shown inline. A refused value stays in the field (marked invalid) so it can be fixed.
 */
import { useEffect, useId, useState } from 'react';
import { usePending } from '../../hooks/usePending';
import { type FieldIssue, issuesFor } from '../../lib/errors';

export function issueText(issue: FieldIssue): string {
  const prefix = `${issue.path}: `;
  return issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
}

interface Common {
  label: string;
  help?: string;
  /** Settings path, e.g. `snooze.minutes`; issues at or below it are shown here. */
  path: string;
  issues: readonly FieldIssue[];
}

function Messages({
  id,
  help,
  issues,
}: {
  id: string;
  help?: string | undefined;
  issues: readonly FieldIssue[];
}) {
  return (
    <>
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {issues.length > 0 && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {issues.map(issueText).join(' ')}
        </p>
      )}
    </>
  );
}

function describedBy(id: string, help: string | undefined, invalid: boolean): string | undefined {
  const ids = [help ? `${id}-help` : '', invalid ? `${id}-error` : ''].filter(Boolean).join(' ');
  return ids || undefined;
}

/** A draft that follows the saved value unless the person is editing or it was refused. */
function useDraft(value: string, invalid: boolean): [string, (s: string) => void, () => void] {
  const [draft, setDraft] = useState(value);
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    if (!invalid) {
      setDraft(value);
      setDirty(false);
    }
  }, [value, invalid]);
  return [
    dirty || invalid ? draft : value,
    (s) => {
      setDraft(s);
      setDirty(true);
    },
    () => setDirty(false),
  ];
}

/** An input edited as a draft and sent to main on blur or Enter; main's messages show beneath it. */
function DraftInput({
  label,
  help,
  path,
  issues,
  value,
  send,
  input,
}: Common & {
  /** The saved value, as the input shows it. */
  value: string;
  /** Called with the draft when it differs from the saved value (or main refused the last one). */
  send(draft: string): void;
  input: { type: 'number' | 'time'; inputMode?: 'numeric'; min?: number; max?: number; step?: number };
}) {
  const id = useId();
  const mine = issuesFor(issues, path);
  const [draft, setDraft] = useDraft(value, mine.length > 0);
  const commit = () => {
    if (draft.trim() === value && mine.length === 0) return;
    send(draft);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        {...input}
        value={draft}
        data-path={path}
        aria-invalid={mine.length > 0}
        aria-describedby={describedBy(id, help, mine.length > 0)}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <Messages id={id} help={help} issues={mine} />
    </div>
  );
}

export function NumberField({
  value,
  min,
  max,
  step,
  onCommit,
  ...common
}: Common & {
  value: number;
  min?: number;
  max?: number;
  step?: number;
  onCommit(value: number): void;
}) {
  return (
    <DraftInput
      {...common}
      value={String(value)}
      // Send what was typed, even if it is not a number: main's message says what is expected.
      send={(draft) => onCommit(draft.trim() === '' ? Number.NaN : Number(draft))}
      input={{
        type: 'number',
        inputMode: 'numeric',
        ...(min === undefined ? {} : { min }),
        ...(max === undefined ? {} : { max }),
        ...(step === undefined ? {} : { step }),
      }}
    />
  );
}

export function TimeField({
  value,
  onCommit,
  ...common
}: Common & { value: string; onCommit(v: string): void }) {
  return <DraftInput {...common} value={value} send={onCommit} input={{ type: 'time' }} />;
}

export function Toggle({
  label,
  help,
  path,
  issues,
  value,
  onCommit,
}: Common & { value: boolean; onCommit(v: boolean): unknown }) {
  const id = useId();
  const mine = issuesFor(issues, path);
  const [shown, choose] = usePending(value);
  return (
    <div className="field">
      <label className="check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={shown}
          data-path={path}
          aria-invalid={mine.length > 0}
          aria-describedby={describedBy(id, help, mine.length > 0)}
          onChange={(e) => {
            const next = e.currentTarget.checked;
            choose(next, onCommit(next));
          }}
        />
        <span>{label}</span>
      </label>
      <Messages id={id} help={help} issues={mine} />
    </div>
  );
}

export function SelectField<T extends string>({
  label,
  help,
  path,
  issues,
  value,
  options,
  onCommit,
}: Common & {
  value: T;
  options: readonly { value: T; label: string }[];
  onCommit(v: T): void;
}) {
  const id = useId();
  const mine = issuesFor(issues, path);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value}
        data-path={path}
        aria-invalid={mine.length > 0}
        aria-describedby={describedBy(id, help, mine.length > 0)}
        onChange={(e) => {
          const picked = options.find((o) => o.value === e.currentTarget.value);
          if (picked) onCommit(picked.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <Messages id={id} help={help} issues={mine} />
    </div>
  );
}

export function RadioCards<T extends string>({
  label,
  help,
  path,
  issues,
  value,
  options,
  onCommit,
}: Common & {
  value: T;
  options: readonly { value: T; label: string; help: string }[];
  onCommit(v: T): void;
}) {
  const name = useId();
  const mine = issuesFor(issues, path);
  return (
    <fieldset className="field" aria-describedby={describedBy(name, help, mine.length > 0)}>
      <legend>{label}</legend>
      <div className="choice-list">
        {options.map((o) => (
          <label key={o.value} className="choice">
            <input
              type="radio"
              name={name}
              value={o.value}
              checked={value === o.value}
              onChange={() => onCommit(o.value)}
            />
            <span>
              <strong>{o.label}</strong>
              <span className="muted small">{o.help}</span>
            </span>
          </label>
        ))}
      </div>
      <Messages id={name} help={help} issues={mine} />
    </fieldset>
  );
}

export function DayPicker({
  label,
  path,
  issues,
  value,
  names,
  onCommit,
}: Omit<Common, 'help'> & {
  value: readonly number[];
  /** Names for 0 = Sunday … 6 = Saturday. */
  names: readonly string[];
  onCommit(days: number[]): unknown;
}) {
  const id = useId();
  const mine = issuesFor(issues, path);
  const order = [1, 2, 3, 4, 5, 6, 0];
  const [shown, choose] = usePending(value);
  return (
    <fieldset className="field">
      <legend>{label}</legend>
      <div className="day-picker">
        {order.map((d) => (
          <label key={d} className="check">
            <input
              type="checkbox"
              checked={shown.includes(d)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                const next = on ? [...shown.filter((x) => x !== d), d].sort() : shown.filter((x) => x !== d);
                choose(next, onCommit(next));
              }}
            />
            <span>{names[d]}</span>
          </label>
        ))}
      </div>
      <Messages id={id} issues={mine} />
    </fieldset>
  );
}
