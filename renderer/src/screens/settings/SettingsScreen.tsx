/** Settings: every stored setting, grouped (data in ./table), with data and about at the end. */
import type { ReactNode } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { msgKey, t } from '../../i18n/t';
import { AboutGroup } from './AboutGroup';
import { DataGroup } from './DataGroup';
import { Group } from './Group';
import { InterruptionsGroup } from './InterruptionsGroup';
import { SettingRows } from './SettingRow';
import { ShortcutsGroup } from './ShortcutsGroup';
import { type GroupId, type GroupSpec, groupIds, settingsTable } from './table';
import { useGroupSave } from './useGroupSave';

/**
 * A group from the table is drawn from its rows; a group with controls of its own is a component listed
 * in `ownGroups` (a new one: add its id to `groupIds`, its title to the catalogue, its file).
 */
const ownGroups: Partial<Record<GroupId, () => ReactNode>> = {
  data: DataGroup,
  about: AboutGroup,
  interruptions: InterruptionsGroup,
  shortcuts: ShortcutsGroup,
};

function TableGroup({ spec }: { spec: GroupSpec }) {
  const group = useGroupSave();
  return (
    <Group id={spec.id} title={t(msgKey('settings.groups', spec.id))} status={group.status}>
      <SettingRows rows={spec.rows} group={group} />
    </Group>
  );
}

export function SettingsScreen() {
  const tableGroups = new Map<GroupId, GroupSpec>(settingsTable().map((g) => [g.id, g]));
  return (
    <div className="stack">
      <ScreenHeader title={t('settings.title')} intro={t('settings.intro')} />
      <nav aria-label={t('settings.jump')} className="settings-jump">
        <ul className="tabs wrap">
          {groupIds.map((g) => (
            <li key={g}>
              <a
                href={`#group-${g}`}
                onClick={(e) => {
                  // Hash routing owns the URL; scroll without changing it.
                  e.preventDefault();
                  document.getElementById(`group-${g}`)?.scrollIntoView({ block: 'start' });
                }}
              >
                {t(msgKey('settings.groups', g))}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {groupIds.map((id) => {
        const Own = ownGroups[id];
        if (Own) return <Own key={id} />;
        const spec = tableGroups.get(id);
        return spec ? <TableGroup key={id} spec={spec} /> : null;
      })}
    </div>
  );
}
