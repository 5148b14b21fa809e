/**
 * Reading failures that come back through the bridge. The bridge may be bundled apart from this page
 * (the end-to-end host injects its own), so `instanceof IpcError` is not reliable: the shape is checked.
 */
import { t } from '../i18n/t';

export interface FieldIssue {
  path: string;
  message: string;
}

export interface ReadableError {
  message: string;
  issues: FieldIssue[];
  code: string | null;
}

function isIssue(v: unknown): v is FieldIssue {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { path?: unknown }).path === 'string' &&
    typeof (v as { message?: unknown }).message === 'string'
  );
}

export function readError(error: unknown): ReadableError {
  if (error instanceof Error) {
    const raw: unknown = (error as { issues?: unknown }).issues;
    const code: unknown = (error as { code?: unknown }).code;
    return {
      message: error.message || t('common.unknownError'),
      issues: Array.isArray(raw) ? raw.filter(isIssue) : [],
      code: typeof code === 'string' ? code : null,
    };
  }
  return { message: typeof error === 'string' ? error : t('common.unknownError'), issues: [], code: null };
}
