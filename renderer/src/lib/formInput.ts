/** Reading what was typed into a form, and main's answer about it, for the forms of the form kit. */
import type { ReadableError } from './errors';

/** A number typed in a field: NaN when empty or not a number, so main's message says what is expected. */
export function numberOf(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

/** An optional 0–10 rating: null when left empty. */
export function ratingOf(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** The message for one field: the issue at that path, without the repeated path prefix. */
export function fieldError(error: ReadableError | null, path: string): string | null {
  const issue = error?.issues.find((i) => i.path === path);
  if (!issue) return null;
  const prefix = `${path}: `;
  return issue.message.startsWith(prefix) ? issue.message.slice(prefix.length) : issue.message;
}

/** One line for the form's alert: main's sentence, or the broken rules when the request did not validate. */
export function errorSummary(error: ReadableError | null): string | null {
  if (!error) return null;
  if (error.code === 'invalid-payload' && error.issues.length > 0)
    return error.issues.map((i) => i.message).join('; ');
  return error.message;
}
