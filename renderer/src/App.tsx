/**
 * The dashboard: loads settings and live state, applies the theme, shows onboarding on first run, and
 * otherwise the shell (navigation, header with Safety, notices) around the screen the hash names.
 */
import { useEffect, useMemo } from 'react';
import { ErrorState, Loading } from './components/States';
import { AppContext, type AppContextValue } from './context';
import { useRoute } from './hooks/useRoute';
import { useSettings } from './hooks/useSettings';
import { useSnapshot } from './hooks/useSnapshot';
import { useTimeZone } from './hooks/useTimeZone';
import { applyTheme } from './lib/theme';
import { Shell } from './Shell';
import { Onboarding } from './screens/onboarding/Onboarding';
import { ReportPrint } from './screens/report/ReportPrint';
import { shell } from './strings/shell';

export function App() {
  const { settings, error, save, reload } = useSettings();
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

  if (printing) return <ReportPrint parts={route.rest.slice(1)} />;
  if (!value) {
    return (
      <main id="main" className="content">
        {error ? <ErrorState error={error} title={shell.settingsLoadError} onRetry={reload} /> : <Loading />}
      </main>
    );
  }
  return (
    <AppContext.Provider value={value}>
      {value.settings.onboarded ? <Shell route={route} /> : <Onboarding route={route} />}
    </AppContext.Provider>
  );
}
