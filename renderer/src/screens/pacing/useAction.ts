/** Runs one request at a time for a form: busy flag (no double submits), readable error, success note. */
import { useCallback, useState } from 'react';
import { type ReadableError, readError } from '../../lib/errors';

export interface Action {
  busy: boolean;
  error: ReadableError | null;
  note: string | null;
  run<T>(work: () => Promise<T>, onDone: (value: T) => string | null): Promise<void>;
  clear(): void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ReadableError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const run = useCallback(async <T>(work: () => Promise<T>, onDone: (value: T) => string | null) => {
    setBusy(true);
    setError(null);
    setNote(null);
    try {
      setNote(onDone(await work()));
    } catch (e) {
      setError(readError(e));
    } finally {
      setBusy(false);
    }
  }, []);
  const clear = useCallback(() => {
    setError(null);
    setNote(null);
  }, []);
  return { busy, error, note, run, clear };
}

/** The message for one field: the issue at that path, without the repeated path prefix. */
export function fieldError(error: ReadableError | null, path: string): string | null {
  const issue = error?.issues.find((i) => i.path === path);
  if (!issue) return null;
  const prefix = `${path}: `;
  return issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
}

/** A number typed in a field: NaN when empty or not a number, so main's message says what is expected. */
export function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** An optional 0–10 rating: null when left empty. */
export function ratingOf(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** One line for the form's alert: main's sentence, or the broken rules when the request did not validate. */
export function errorSummary(error: ReadableError): string {
  if (error.code === 'invalid-payload' && error.issues.length > 0)
    return error.issues.map((i) => i.message).join('; ');
  return error.message;
}
