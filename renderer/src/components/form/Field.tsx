/**
 * The form kit: every labelled control in the app (settings, onboarding, pacing, check-in) is one of
 * these, so labels, help, error messages and their ARIA wiring are written once. The controls are
 * controlled: the caller owns the value and decides when to save.
 */
import { type ReactNode, useId } from 'react';
import { weekdaysInOrder } from '../../../../shared/i18n/intl';
import { formatTag } from '../../i18n/t';
import { weekdayName } from '../../lib/format';

export interface FieldText {
  label: string;
  help?: string | undefined;
  /** A short message in plain words, shown beneath the control. */
  error?: string | null | undefined;
  /**
   * Announce the message where it appears (role=alert): for fields that save on their own. In a form
   * with a submit button the form's own status line announces, so its fields do not repeat it.
   */
  announce?: boolean;
}

export interface ControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

function describedBy(id: string, help: string | undefined, error: string | null | undefined) {
  return [help ? `${id}-help` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/** Help, then the error. */
export function FieldNotes({ id, help, error, announce }: { id: string } & Omit<FieldText, 'label'>) {
  return (
    <>
      {help && (
        <p className="help" id={`${id}-help`}>
          {help}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role={announce ? 'alert' : undefined}>
          {error}
        </p>
      )}
    </>
  );
}

/** A label above any control; the control gets its id and ARIA through `children`. */
export function Field({
  label,
  help,
  error,
  announce,
  invalid = Boolean(error),
  children,
}: FieldText & { invalid?: boolean; children(control: ControlProps): ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': invalid, 'aria-describedby': describedBy(id, help, error) })}
      <FieldNotes id={id} help={help} error={error} announce={announce} />
    </div>
  );
}

export interface TextFieldProps extends FieldText {
  value: string;
  onChange(value: string): void;
  type?: 'text' | 'number' | 'date' | 'time';
  /** Several lines (a textarea); Enter then starts a new line instead of saving. */
  rows?: number;
  min?: number | undefined;
  max?: number | undefined;
  step?: number | undefined;
  /** Blur and Enter: where a field saves on its own (Settings). */
  onCommit?: (() => void) | undefined;
  invalid?: boolean;
  autoComplete?: string;
  dataPath?: string;
}

export function TextField({
  value,
  onChange,
  type = 'text',
  rows,
  min,
  max,
  step,
  onCommit,
  autoComplete,
  dataPath,
  ...text
}: TextFieldProps) {
  return (
    <Field {...text}>
      {(control) => {
        const common = { ...control, value, 'data-path': dataPath, onBlur: onCommit };
        if (rows !== undefined)
          return <textarea {...common} rows={rows} onChange={(e) => onChange(e.currentTarget.value)} />;
        return (
          <input
            {...common}
            type={type}
            autoComplete={autoComplete}
            {...(type === 'number' ? { inputMode: 'decimal' as const } : {})}
            {...(min === undefined ? {} : { min })}
            {...(max === undefined ? {} : { max })}
            {...(step === undefined ? {} : { step })}
            onChange={(e) => onChange(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && onCommit) onCommit();
            }}
          />
        );
      }}
    </Field>
  );
}

export interface Option<T> {
  value: T;
  label: string;
}

export function SelectField<T extends string | number>({
  value,
  options,
  onChange,
  dataPath,
  ...text
}: FieldText & { value: T; options: readonly Option<T>[]; onChange(value: T): void; dataPath?: string }) {
  return (
    <Field {...text}>
      {(control) => (
        <select
          {...control}
          value={String(value)}
          data-path={dataPath}
          onChange={(e) => {
            const picked = options.find((o) => String(o.value) === e.currentTarget.value);
            if (picked) onChange(picked.value);
          }}
        >
          {options.map((o) => (
            <option key={String(o.value)} value={String(o.value)}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** A checkbox with its label beside it. */
export function CheckField({
  label,
  help,
  error,
  announce,
  checked,
  onChange,
  disabled,
  dataPath,
}: FieldText & {
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  dataPath?: string;
}) {
  const id = useId();
  return (
    <div className="field">
      <label className="check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={disabled}
          data-path={dataPath}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy(id, help, error)}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        <span>{label}</span>
      </label>
      <FieldNotes id={id} help={help} error={error} announce={announce} />
    </div>
  );
}

/** A fieldset: a legend over several controls that belong together. */
export function Group({ label, help, error, announce, children }: FieldText & { children: ReactNode }) {
  const id = useId();
  return (
    <fieldset className="field" aria-describedby={describedBy(id, help, error)}>
      <legend>{label}</legend>
      {children}
      <FieldNotes id={id} help={help} error={error} announce={announce} />
    </fieldset>
  );
}

/** Radio choices; with `help` per option they show as cards, without as a short inline list. */
export function RadioChoices<T extends string | boolean>({
  value,
  options,
  onChange,
  ...text
}: FieldText & {
  value: T | null;
  options: readonly (Option<T> & { help?: string })[];
  onChange(value: T): void;
}) {
  const name = useId();
  const cards = options.some((o) => o.help);
  return (
    <Group {...text}>
      <div className={cards ? 'choice-list' : 'choice-row'}>
        {options.map((o) => (
          <label key={String(o.value)} className={cards ? 'choice' : 'check'}>
            <input
              type="radio"
              name={name}
              value={String(o.value)}
              checked={value === o.value}
              onChange={() => onChange(o.value)}
            />
            {cards ? (
              <span>
                <strong>{o.label}</strong>
                <span className="muted small">{o.help}</span>
              </span>
            ) : (
              <span>{o.label}</span>
            )}
          </label>
        ))}
      </div>
    </Group>
  );
}

/** Weekday checkboxes over 0 = Sunday … 6 = Saturday, from the locale's first day of the week. */
export function DayPicker({
  value,
  names = 'long',
  onChange,
  ...text
}: FieldText & { value: readonly number[]; names?: 'long' | 'short'; onChange(days: number[]): void }) {
  return (
    <Group {...text}>
      <div className="day-picker">
        {weekdaysInOrder(formatTag()).map((d) => (
          <label key={d} className="check">
            <input
              type="checkbox"
              checked={value.includes(d)}
              onChange={(e) => {
                const rest = value.filter((x) => x !== d);
                onChange(e.currentTarget.checked ? [...rest, d].sort((a, b) => a - b) : rest);
              }}
            />
            <span>{weekdayName(d, names)}</span>
          </label>
        ))}
      </div>
    </Group>
  );
}

/**
 * The form's own line under its buttons: a failure is announced at once (alert); a success note goes to
 * a polite status region that is always there (so it is heard) and takes no room while empty.
 */
export function FormStatus({
  error,
  note,
  testId,
}: {
  error: string | null | undefined;
  note: string | null | undefined;
  testId?: string;
}) {
  return (
    <>
      {error && (
        <p role="alert" className="field-error" data-testid={testId}>
          {error}
        </p>
      )}
      <p role="status" className="field-status" data-testid={error ? undefined : testId}>
        {error ? '' : (note ?? '')}
      </p>
    </>
  );
}
