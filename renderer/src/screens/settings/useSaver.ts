/** Saves settings patches, keeping main's validation issues and a per-group "Saved" / error status. */
import { useCallback, useState } from 'react';
import type { SettingsPatch } from '../../../../shared/settings';
import { useApp } from '../../context';
import type { FieldIssue } from '../../lib/errors';

export type GroupStatus = { kind: 'saved' } | { kind: 'error'; message: string };

export interface Saver {
  issues: FieldIssue[];
  status: Record<string, GroupStatus>;
  save(group: string, patch: SettingsPatch, paths: readonly string[]): Promise<boolean>;
}

export function useSaver(): Saver {
  const { update } = useApp();
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [status, setStatus] = useState<Record<string, GroupStatus>>({});

  const save = useCallback(
    async (group: string, patch: SettingsPatch, paths: readonly string[]) => {
      const concerns = (i: FieldIssue) => paths.some((p) => i.path === p || i.path.startsWith(`${p}.`));
      const r = await update(patch);
      if (r.ok) {
        setIssues((list) => list.filter((i) => !concerns(i)));
        setStatus((s) => ({ ...s, [group]: { kind: 'saved' } }));
        return true;
      }
      // Issues without a path (a rule across fields) are pinned to the first field changed.
      const first = paths[0] ?? group;
      const fresh =
        r.error.issues.length > 0
          ? r.error.issues.map((i) => (i.path ? i : { ...i, path: first }))
          : [{ path: first, message: r.error.message }];
      setIssues((list) => [...list.filter((i) => !concerns(i)), ...fresh]);
      setStatus((s) => ({ ...s, [group]: { kind: 'error', message: r.error.message } }));
      return false;
    },
    [update],
  );
  return { issues, status, save };
}
