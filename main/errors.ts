/**
 * Errors that cross layers. Services throw them, the IPC router turns them into answers, so they live
 * here rather than in either layer (services never import ipc/ or app/).
 */
import type { FieldError } from '../shared/i18n/errors';
import type { ServiceError } from '../shared/i18n/service-errors';

/**
 * A refusal meant for the person (bad state, missing data, a disk that refuses). It crosses IPC as a code
 * with parameters (`ServiceError`, or only `issues` for broken rules) and the window words it; no sentence.
 */
export class UserFacingError extends Error {
  readonly issues: FieldError[];
  readonly reason: ServiceError | null;
  /** `diagnostic`: what went wrong in English, for logs and tests (the code and parameters by default). */
  constructor(reason: ServiceError | null, issues: FieldError[] = [], diagnostic?: string) {
    super(diagnostic ?? `refused: ${JSON.stringify(reason ?? issues)}`);
    this.name = 'UserFacingError';
    this.reason = reason;
    this.issues = issues;
  }

  /** A service's error that carries its own code (`reason`), with its message kept as the diagnostic. */
  static of(error: Error & { reason: ServiceError }): UserFacingError {
    return new UserFacingError(error.reason, [], error.message);
  }
}
