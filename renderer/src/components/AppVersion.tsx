/** "Version 0.1.0", read from main; shown in the navigation footer and during onboarding. */
import type { AppInfo } from '../../../shared/ipc';
import { api } from '../api';
import { useLoad } from '../hooks/useLoad';
import { t } from '../i18n/t';

export function useAppInfo() {
  return useLoad<AppInfo>(() => api().invoke('app.getInfo'), []);
}

export function AppVersion() {
  const { state } = useAppInfo();
  if (state.status !== 'ready') return null;
  return (
    <p className="app-version muted" data-testid="version">
      {t('settings.about.version', { version: state.value.version })}
    </p>
  );
}
