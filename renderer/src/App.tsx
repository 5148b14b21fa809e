/**
 * The dashboard: loads settings and live state, applies the theme, shows onboarding on first run, and
 * otherwise the shell (navigation, header with Safety, notices) around the screen the hash names.
 */
import { Fragment, useEffect, useMemo } from 'react';
import { ErrorState, Loading } from './components/States';
import { AppContext, type AppContextValue } from './context';
import { useRoute } from './hooks/useRoute';
import { useSettings } from './hooks/useSettings';
import { useSnapshot } from './hooks/useSnapshot';
import { useTimeZone } from './hooks/useTimeZone';
import { t } from './i18n/t';
import { useLocale } from './i18n/useLocale';
import { applyTheme } from './lib/theme';
import { Shell } from './Shell';
import { Onboarding } from './screens/onboarding/Onboarding';
import { ReportPrint } from './screens/report/ReportPrint';

export function App() {
  const { settings, error, save, reload } = useSettings();
  // The language waits for the settings (no flash of another language); without them, the system's.
  const language = useLocale(settings?.locale ?? (error ? 'system' : null), { dashboard: true });
  const live = useSnapshot();
  const route = useRoute();
  const timeZone = useTimeZone(live.snapshot?.at);
  // The report's print view stands alone: no shell, always the light theme (paper).
  const printing = route.screen === 'report' && route.rest[0] === 'print';

  useEffect(() => {
    if (settings && !printing) applyTheme(settings.theme);
  }, [settings, printing]);

  const value = useMemo<AppContextValue | null>(
    () => (settings ? { live, settings, saveSettings: save, timeZone } : null),
    [live, settings, save, timeZone],
  );

  useEffect(() => {
    if (value) performance.mark('sitwise:interactive');
  }, [value]);

  if (!language) return null;
  if (printing) return <ReportPrint parts={route.rest.slice(1)} />;
  if (!value) {
    return (
      <main id="main" className="content">
        {error ? (
          <ErrorState error={error} title={t('shell.settingsLoadError')} onRetry={reload} />
        ) : (
          <Loading />
        )}
      </main>
    );
  }
  return (
    <AppContext.Provider value={value}>
      <Fragment key={language.locale}>
        {value.settings.onboarded ? <Shell route={route} /> : <Onboarding route={route} />}
      </Fragment>
    </AppContext.Provider>
  );
}
