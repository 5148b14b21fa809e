/** Version, data folder, platform, whether activity detection works, and what Sitwise is not. */
import { useAppInfo } from '../../components/AppVersion';
import { t } from '../../strings/format';
import { settingsText as s } from '../../strings/settings';
import { Group } from './Group';

export function AboutGroup() {
  const { state } = useAppInfo();
  const info = state.status === 'ready' ? state.value : null;
  return (
    <Group id="about" title={s.groups.about}>
      {info ? (
        <ul className="plain">
          <li>{t(s.about.version, { version: info.version })}</li>
          <li>{t(s.about.dataDir, { dir: info.dataDir })}</li>
          <li>{t(s.about.platform, { platform: info.platform })}</li>
          <li>{info.idleDetection === 'ok' ? s.about.idleOk : s.about.idleUnavailable}</li>
        </ul>
      ) : state.status === 'error' ? (
        <p className="field-error">{state.error.message}</p>
      ) : null}
      <p>{s.about.privacy}</p>
      <p>{s.about.wellness}</p>
    </Group>
  );
}
