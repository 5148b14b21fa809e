/** Settings: every stored setting, grouped (data in ./table), with data and about at the end. */
import type { ReactNode } from 'react';
import { ScreenHeader } from '../../components/ScreenHeader';
import { settingsText as s } from '../../strings/settings';
import { AboutGroup } from './AboutGroup';
import { DataGroup } from './DataGroup';
import { Group } from './Group';
import { InterruptionsGroup } from './InterruptionsGroup';
import { SettingRows } from './SettingRow';
import { ShortcutsGroup } from './ShortcutsGroup';
import { type GroupSpec, settingsTable } from './table';
import { useGroupSave } from './useGroupSave';

type GroupId = keyof typeof s.groups;

/**
 * The order of the groups. A group from the table is drawn from its rows; a group with controls of its
 * own is a component listed in `ownGroups` (a new one: add its id here, its title to strings, its file).
 */
const layout: readonly GroupId[] = [
  'schedule',
  'prompts',
  'hours',
  'focus',
  'interruptions',
  'shortcuts',
  'day',
  'checkin',
  'flare',
  'sound',
  'appearance',
  'system',
  'data',
  'about',
];
const ownGroups: Partial<Record<GroupId, () => ReactNode>> = {
  data: DataGroup,
  about: AboutGroup,
  interruptions: InterruptionsGroup,
  shortcuts: ShortcutsGroup,
};
const tableGroups = new Map<GroupId, GroupSpec>(settingsTable.map((g) => [g.id, g]));

function TableGroup({ spec }: { spec: GroupSpec }) {
  const group = useGroupSave();
  return (
    <Group id={spec.id} title={s.groups[spec.id]} status={group.status}>
      <SettingRows rows={spec.rows} group={group} />
    </Group>
  );
}

export function SettingsScreen() {
  return (
    <div className="stack">
      <ScreenHeader title={s.title} intro={s.intro} />
      <nav aria-label={s.jump} className="settings-jump">
        <ul className="tabs wrap">
          {layout.map((g) => (
            <li key={g}>
              <a
                href={`#group-${g}`}
                onClick={(e) => {
                  // Hash routing owns the URL; scroll without changing it.
                  e.preventDefault();
                  document.getElementById(`group-${g}`)?.scrollIntoView({ block: 'start' });
                }}
              >
                {s.groups[g]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {layout.map((id) => {
        const Own = ownGroups[id];
        if (Own) return <Own key={id} />;
        const spec = tableGroups.get(id);
        return spec ? <TableGroup key={id} spec={spec} /> : null;
      })}
    </div>
  );
}
