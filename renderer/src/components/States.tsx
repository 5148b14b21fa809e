/** Loading, empty and error states: designed, never a blank area. */

import type { ReactNode } from 'react';
import type { Loaded } from '../hooks/useLoad';
import { t } from '../i18n/t';
import type { ReadableError } from '../lib/errors';

export function Loading({ label = t('common.loading') }: { label?: string }) {
  return (
    <div className="state" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" /> <span>{label}</span>
    </div>
  );
}

export function ErrorState({
  error,
  title = t('common.errorTitle'),
  onRetry,
}: {
  error: ReadableError;
  title?: string;
  onRetry?: () => void;
}) {
  return (
    <div className="state" role="alert">
      <h2>{title}</h2>
      <p>{error.code === 'failed' ? `${error.message} ${t('common.errorUnavailable')}` : error.message}</p>
      {onRetry && (
        <div className="button-row">
          <button type="button" className="button" onClick={onRetry}>
            {t('common.retry')}
          </button>
        </div>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

export function ProgressBar({ value, label }: { value: number; label: string }) {
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div
      className="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={pct}
    >
      <div className="progress-fill" style={{ width: `${pct}%` }} />
    </div>
  );
}

/**
 * The card a screen shows while its data is not there: loading (first load only) or the error with a
 * retry. Renders nothing once a value is there, so a reload keeps the last figures on screen.
 */
export function LoadCard<T>({ load, errorTitle }: { load: Loaded<T>; errorTitle: string }) {
  if (load.state.status === 'error') {
    return (
      <div className="card">
        <ErrorState error={load.state.error} title={errorTitle} onRetry={load.reload} />
      </div>
    );
  }
  if (load.state.value === null && load.state.status === 'loading') {
    return (
      <div className="card">
        <Loading />
      </div>
    );
  }
  return null;
}

/** A card for a screen whose first live state has not arrived: loading, or why not with a retry. */
export function WaitCard({
  error,
  title,
  onRetry,
}: {
  error: ReadableError | null;
  title?: string;
  onRetry(): void;
}) {
  return (
    <div className="card">
      {error ? <ErrorState error={error} {...(title ? { title } : {})} onRetry={onRetry} /> : <Loading />}
    </div>
  );
}
