/** Navigation, header and the current screen. Safety is linked from the nav footer and the header. */
import { useEffect, useRef } from 'react';
import type { Screen } from '../../shared/ipc';
import { AppVersion } from './components/AppVersion';
import { Notices } from './components/Notices';
import { StatusLine } from './components/StatusLine';
import { useApp } from './context';
import { useEngineNow } from './hooks/useNow';
import { msgKey, t } from './i18n/t';
import { hrefOf, type Route } from './lib/route';
import { CheckinScreen } from './screens/checkin/CheckinScreen';
import { HistoryScreen } from './screens/history/HistoryScreen';
import { PacingScreen } from './screens/pacing/PacingScreen';
import { PlanScreen } from './screens/plan/PlanScreen';
import { ReportScreen } from './screens/report/ReportScreen';
import { RoutinesScreen } from './screens/routines/RoutinesScreen';
import { SafetyScreen } from './screens/safety/SafetyScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { TipsScreen } from './screens/tips/TipsScreen';
import { TodayScreen } from './screens/today/TodayScreen';

const navOrder: readonly Exclude<Screen, 'safety'>[] = [
  'today',
  'history',
  'routines',
  'pacing',
  'checkin',
  'plan',
  'report',
  'tips',
  'settings',
];

function ScreenFor({ route }: { route: Route }) {
  switch (route.screen) {
    case 'today':
      return <TodayScreen />;
    case 'history':
      return <HistoryScreen rest={route.rest} />;
    case 'routines':
      return <RoutinesScreen rest={route.rest} />;
    case 'pacing':
      return <PacingScreen />;
    case 'checkin':
      return <CheckinScreen />;
    case 'plan':
      return <PlanScreen rest={route.rest} />;
    case 'report':
      return <ReportScreen />;
    case 'tips':
      return <TipsScreen />;
    case 'safety':
      return <SafetyScreen />;
    case 'settings':
      return <SettingsScreen />;
  }
}

export function Shell({ route }: { route: Route }) {
  const { live } = useApp();
  const now = useEngineNow(live.snapshot?.at ?? null, live.receivedAt);
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  const routeKey = `${route.screen}/${route.rest.join('/')}`;

  useEffect(() => {
    document.title = t('shell.pageTitle', { screen: t(msgKey('shell.nav', route.screen)) });
  }, [route.screen]);

  // After navigating, move focus to the new screen's heading so keyboard and screen-reader users follow.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each route change.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = mainRef.current?.querySelector('h1');
    if (heading instanceof HTMLElement) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [routeKey]);

  return (
    <div className="shell">
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        {t('shell.skipToContent')}
      </button>
      <nav className="nav" aria-label={t('shell.navLabel')}>
        <div className="nav-brand">{t('common.appName')}</div>
        <ul>
          {navOrder.map((screen) => (
            <li key={screen}>
              <a href={hrefOf(screen)} aria-current={route.screen === screen ? 'page' : undefined}>
                {t(msgKey('shell.nav', screen))}
              </a>
            </li>
          ))}
        </ul>
        <div className="nav-footer">
          <a
            href={hrefOf('safety')}
            aria-current={route.screen === 'safety' ? 'page' : undefined}
            data-testid="nav-safety"
          >
            {t('common.safetyLinkLong')}
          </a>
          <AppVersion />
        </div>
      </nav>
      <div className="page">
        <header className="topbar">
          <StatusLine snapshot={live.snapshot} now={now} />
          <a className="safety-link" href={hrefOf('safety')} data-testid="header-safety">
            {t('common.safetyLink')}
          </a>
        </header>
        <Notices />
        <main id="main" className="content" ref={mainRef} tabIndex={-1}>
          <ScreenFor route={route} />
        </main>
      </div>
    </div>
  );
}
