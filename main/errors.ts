/**
 * Errors that cross layers. Services throw them, the IPC router turns them into answers, so they live
 * here rather than in either layer (services never import ipc/ or app/).
 */
import type { FieldError } from '../shared/i18n/errors';
import type { ServiceError } from '../shared/i18n/service-errors';

/**
 * A refusal meant for the person (bad state, missing data). With a `ServiceError` it crosses IPC as a code
 * with parameters and the window words it; a plain message (file system failures, for now) crosses as is.
 */
export class UserFacingError extends Error {
  readonly issues: FieldError[];
  readonly reason: ServiceError | null;
  constructor(reason: ServiceError | string, issues: FieldError[] = []) {
    // The message is a diagnostic (logs, tests): the code and its parameters, never shown as words.
    super(typeof reason === 'string' ? reason : `refused: ${JSON.stringify(reason)}`);
    this.name = 'UserFacingError';
    this.reason = typeof reason === 'string' ? null : reason;
    this.issues = issues;
  }
}
