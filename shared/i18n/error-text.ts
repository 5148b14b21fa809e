/**
 * The words for a field error (`errors.ts`) in the formatter's language. Kept apart from the zod mapping
 * so a window can word errors without carrying zod.
 */
import type { ErrorCode, FieldError } from './errors';
import type { Formatter } from './format';
import { formatList } from './intl';
import type { MessageKey } from './messages/en';

/** The catalogue message of each code; exhaustive, so a new code does not compile without words. */
export const errorMessageKeys = {
  required: 'error.required',
  wrongType: 'error.wrongType',
  tooSmallNumber: 'error.tooSmallNumber',
  tooBigNumber: 'error.tooBigNumber',
  tooShortText: 'error.tooShortText',
  tooLongText: 'error.tooLongText',
  tooFewItems: 'error.tooFewItems',
  tooManyItems: 'error.tooManyItems',
  notWholeNumber: 'error.notWholeNumber',
  notMultiple: 'error.notMultiple',
  invalidTime: 'error.invalidTime',
  invalidDate: 'error.invalidDate',
  invalidFormat: 'error.invalidFormat',
  notAnOption: 'error.notAnOption',
  unknownField: 'error.unknownField',
  startAfterEnd: 'error.startAfterEnd',
  poseNotHere: 'error.poseNotHere',
  routineTooLong: 'error.routineTooLong',
  invalid: 'error.invalid',
} as const satisfies Record<ErrorCode, MessageKey>;

/** The words for one error in the formatter's language. */
export function fieldErrorText(fmt: Formatter, error: FieldError): string {
  switch (error.code) {
    case 'tooSmallNumber':
      return fmt.t('error.tooSmallNumber', { minimum: error.minimum, inclusive: String(error.inclusive) });
    case 'tooBigNumber':
      return fmt.t('error.tooBigNumber', { maximum: error.maximum, inclusive: String(error.inclusive) });
    case 'tooShortText':
      return fmt.t('error.tooShortText', { minimum: error.minimum });
    case 'tooLongText':
      return fmt.t('error.tooLongText', { maximum: error.maximum });
    case 'tooFewItems':
      return fmt.t('error.tooFewItems', { minimum: error.minimum });
    case 'tooManyItems':
      return fmt.t('error.tooManyItems', { maximum: error.maximum });
    case 'notMultiple':
      return fmt.t('error.notMultiple', { step: error.step });
    case 'unknownField':
      return fmt.t('error.unknownField', {
        count: error.keys.length,
        keys: formatList(fmt.formatTag, error.keys),
      });
    case 'required':
    case 'wrongType':
    case 'notWholeNumber':
    case 'invalidTime':
    case 'invalidDate':
    case 'invalidFormat':
    case 'notAnOption':
    case 'startAfterEnd':
    case 'poseNotHere':
    case 'routineTooLong':
    case 'invalid':
      return fmt.t(errorMessageKeys[error.code]);
  }
}
