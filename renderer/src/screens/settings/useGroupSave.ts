/**
 * Saving one settings group: each field sends its own path through the one mutation hook. A value the
 * schema refuses (here or in main) is not kept in the field: the field shows the saved value again and a
 * short plain message beside it says why. The group's status line says "Saved" after a good change.
 */
import { useCallback, useState } from 'react';
import { accelerator, calendarSource, clockTime } from '../../../../shared/settings';
import { useApp } from '../../context';
import { useMutation } from '../../hooks/useMutation';
import { t } from '../../i18n/t';
import type { ReadableError } from '../../lib/errors';
import { numberRule, patchAt, type SettingPath, schemaAt } from '../../lib/settingRules';

export type GroupStatus = { kind: 'saved' } | { kind: 'error'; message: string };

export interface GroupSave {
  busy: boolean;
  status: GroupStatus | null;
  /** Resolves true when saved; on false the field goes back to the saved value. */
  save(path: SettingPath, value: unknown): Promise<boolean>;
  /** The plain message for the last value refused at this path. */
  refusal(path: SettingPath): string | null;
}

/** Why a value at `path` cannot be saved, in the words of its rule. */
export function refusalText(path: SettingPath): string {
  const rule = numberRule(path);
  if (rule) return t('settings.refused.number', { min: rule.min, max: rule.max });
  if (path === 'workingHours.ranges') return t('settings.refused.hours');
  if (path === 'focusDeferral.apps') return t('settings.refused.apps');
  if (schemaAt(path) === clockTime) return t('settings.refused.time');
  if (schemaAt(path) === calendarSource) return t('settings.refused.calendar');
  if (schemaAt(path) === accelerator) return t('settings.refused.accelerator');
  return t('settings.refused.other');
}

/** Main's refusal of a valid-looking value (a rule across fields) in plain words; other failures as main says. */
function failureText(path: SettingPath, error: ReadableError | null): string {
  if (error === null) return t('settings.refused.other');
  if (error.code === 'invalid-payload') return refusalText(path);
  return t('settings.notSaved', { message: error.message });
}

export function useGroupSave(): GroupSave {
  const { saveSettings } = useApp();
  const mutation = useMutation();
  const [refused, setRefused] = useState<{ path: SettingPath; message: string } | null>(null);
  const [saved, setSaved] = useState(false);

  const save = useCallback(
    async (path: SettingPath, value: unknown) => {
      const patch = patchAt(path, value);
      if (!patch) {
        setSaved(false);
        setRefused({ path, message: refusalText(path) });
        return false;
      }
      const outcome = await mutation.run(() => saveSettings(patch));
      setSaved(outcome.ok);
      setRefused(outcome.ok ? null : { path, message: failureText(path, outcome.error) });
      return outcome.ok;
    },
    [mutation.run, saveSettings],
  );
  const refusal = useCallback(
    (path: SettingPath) => (refused?.path === path ? refused.message : null),
    [refused],
  );
  return { busy: mutation.busy, status: saved ? { kind: 'saved' } : null, save, refusal };
}
