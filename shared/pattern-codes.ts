/**
 * The contract's regex rules named as error codes, for `fieldErrorsOf` (zod reports a broken pattern as
 * its source text): a time that is not HH:MM, a date that is not YYYY-MM-DD.
 */
import type { ErrorCode } from './i18n/errors';
import { clockPattern } from './settings';
import { DATE_SHAPE } from './summary';

export const patternCodes: ReadonlyMap<string, ErrorCode> = new Map<string, ErrorCode>([
  [String(clockPattern), 'invalidTime'],
  [String(DATE_SHAPE), 'invalidDate'],
]);
