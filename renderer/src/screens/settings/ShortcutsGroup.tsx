/**
 * Keyboard shortcuts (off by default): on/off and the keys for each action, with whether each one works
 * now — keys another app holds are said plainly, never hidden. Keys are checked by the settings schema.
 */
import { type ShortcutsStatus, shortcutIds } from '../../../../shared/ipc';
import { api } from '../../api';
import { useApp } from '../../context';
import { useLoad } from '../../hooks/useLoad';
import { msgKey, t } from '../../i18n/t';
import { Group } from './Group';
import { SettingRows } from './SettingRow';
import type { Row } from './table';
import { useGroupSave } from './useGroupSave';

/** Built when rendered, so the words are the window's language. */
const toggle = (): readonly Row[] => [
  { kind: 'toggle', path: 'shortcuts.enabled', label: t('settings.shortcuts.enabled') },
];

export function ShortcutsGroup() {
  const group = useGroupSave();
  const { settings } = useApp();
  const { state } = useLoad<ShortcutsStatus>(() => api().invoke('shortcuts.status'), [settings.shortcuts]);
  return (
    <Group id="shortcuts" title={t('settings.groups.shortcuts')} status={group.status}>
      <p className="muted">{t('settings.shortcuts.body')}</p>
      {settings.shortcuts.enabled ? <p className="muted small">{t('settings.shortcuts.keysHelp')}</p> : null}
      <SettingRows rows={toggle()} group={group} />
      {state.status === 'error' ? <p className="field-error">{state.error.message}</p> : null}
      {settings.shortcuts.enabled
        ? shortcutIds.map((id) => (
            <div key={id} className="shortcut-keys" data-testid={`shortcut-${id}`}>
              <SettingRows
                rows={[{ kind: 'text', path: `shortcuts.${id}`, label: t(msgKey('settings.shortcuts', id)) }]}
                group={group}
              />
              {state.value ? (
                <p
                  className={`shortcut-state ${state.value[id] === 'taken' ? 'field-error' : 'muted small'}`}
                >
                  {t('settings.shortcuts.stateLine', {
                    state: t(msgKey('settings.shortcuts.states', state.value[id])),
                  })}
                </p>
              ) : null}
            </div>
          ))
        : null}
    </Group>
  );
}
