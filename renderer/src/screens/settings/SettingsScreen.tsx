/** Settings: every stored setting, grouped, with inline validation from main; data and about. */
import { settingsText as s } from '../../strings/settings';
import { DataGroup } from './DataGroup';
import { MoreGroups } from './MoreGroups';
import { ScheduleGroups } from './ScheduleGroups';
import { useSaver } from './useSaver';

const groupIds = [
  'schedule',
  'prompts',
  'hours',
  'focus',
  'day',
  'checkin',
  'flare',
  'sound',
  'appearance',
  'system',
  'data',
  'about',
] as const;

export function SettingsScreen() {
  const saver = useSaver();
  return (
    <div className="stack">
      <header>
        <h1>{s.title}</h1>
        <p>{s.intro}</p>
      </header>
      <nav aria-label={s.jump} className="settings-jump">
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
                {s.groups[g]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ScheduleGroups saver={saver} />
      <MoreGroups saver={saver} />
      <DataGroup />
    </div>
  );
}
