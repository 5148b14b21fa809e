/** Version, data folder, platform, whether activity detection works, and what Sitwise is not. */
import { useAppInfo } from '../../components/AppVersion';
import { t } from '../../i18n/t';
import { Group } from './Group';

export function AboutGroup() {
  const { state } = useAppInfo();
  const info = state.status === 'ready' ? state.value : null;
  return (
    <Group id="about" title={t('settings.groups.about')}>
      {info ? (
        <ul className="plain">
          <li>{t('settings.about.version', { version: info.version })}</li>
          <li>{t('settings.about.dataDir', { dir: info.dataDir })}</li>
          <li>{t('settings.about.platform', { platform: info.platform })}</li>
          <li>
            {info.idleDetection === 'ok' ? t('settings.about.idleOk') : t('settings.about.idleUnavailable')}
          </li>
        </ul>
      ) : state.status === 'error' ? (
        <p className="field-error">{state.error.message}</p>
      ) : null}
      <p>{t('settings.about.privacy')}</p>
      <p>{t('settings.about.wellness')}</p>
    </Group>
  );
}
