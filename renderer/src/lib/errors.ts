/**
 * Reading failures that come back through the bridge, in the window's language. Main sends codes with
 * parameters (`issues` for broken rules, `reason` for a refusal); they are worded here. The bridge may be
 * bundled apart from this page (the end-to-end host injects its own), so `instanceof IpcError` is not
 * reliable: the shape is checked, without zod (the prompt window stays light).
 */
import { errorMessageKeys, fieldErrorText } from '../../../shared/i18n/error-text';
import type { FieldError } from '../../../shared/i18n/errors';
import { serviceErrorParams, serviceErrorText } from '../../../shared/i18n/service-error-text';
import type { ServiceError } from '../../../shared/i18n/service-errors';
import { formatter, t } from '../i18n/t';

export interface FieldIssue {
  path: string;
  message: string;
}

export interface ReadableError {
  message: string;
  issues: FieldIssue[];
  code: string | null;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The numeric parameters each field error code carries. */
const fieldParams: Partial<Record<FieldError['code'], readonly string[]>> = {
  tooSmallNumber: ['minimum'],
  tooBigNumber: ['maximum'],
  tooShortText: ['minimum'],
  tooLongText: ['maximum'],
  tooFewItems: ['minimum'],
  tooManyItems: ['maximum'],
  notMultiple: ['step'],
};

const isFieldCode = (code: string): code is FieldError['code'] => Object.hasOwn(errorMessageKeys, code);
const isServiceCode = (code: string): code is ServiceError['code'] => Object.hasOwn(serviceErrorParams, code);

function isFieldError(v: unknown): v is FieldError {
  if (!isRecord(v) || typeof v.path !== 'string' || typeof v.code !== 'string') return false;
  const code = v.code;
  if (!isFieldCode(code)) return false;
  if (code === 'unknownField') return Array.isArray(v.keys) && v.keys.every((k) => typeof k === 'string');
  const numbers = fieldParams[code] ?? [];
  return numbers.every((name) => typeof v[name] === 'number');
}

function isServiceError(v: unknown): v is ServiceError {
  if (!isRecord(v) || typeof v.code !== 'string' || !isServiceCode(v.code)) return false;
  const params: Record<string, string> = serviceErrorParams[v.code];
  return Object.entries(params).every(([name, type]) => typeof v[name] === type);
}

function issuesOf(raw: unknown): FieldIssue[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter(isFieldError)
    .map((issue) => ({ path: issue.path, message: fieldErrorText(formatter(), issue) }));
}

export function readError(error: unknown): ReadableError {
  if (error instanceof Error) {
    const issues = issuesOf(Reflect.get(error, 'issues'));
    const code: unknown = Reflect.get(error, 'code');
    const reason: unknown = Reflect.get(error, 'reason');
    // A refusal (a disk that refuses, a file that cannot be used) is worded from its code; broken rules by
    // their issues, under one line; a failure with neither is an unexpected fault: a line in the person's
    // language, with main's diagnostic (English, for a bug report) after it.
    const message = isServiceError(reason)
      ? serviceErrorText(formatter(), reason)
      : issues.length > 0
        ? t('common.invalidValues')
        : error.message
          ? t('common.unexpectedProblem', { detail: error.message })
          : t('common.unknownError');
    return { message, issues, code: typeof code === 'string' ? code : null };
  }
  return { message: typeof error === 'string' ? error : t('common.unknownError'), issues: [], code: null };
}
