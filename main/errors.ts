/**
 * Errors that cross layers. Services throw them, the IPC router turns them into answers, so they live
 * here rather than in either layer (services never import ipc/ or app/).
 */

/** A refusal meant for the user (bad state, missing data): shown as it is. */
export class UserFacingError extends Error {
  readonly issues: { path: string; message: string }[];
  constructor(message: string, issues: { path: string; message: string }[] = []) {
    super(message);
    this.name = 'UserFacingError';
    this.issues = issues;
  }
}
