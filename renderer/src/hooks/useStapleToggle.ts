/** Marks a routine (built-in or one's own) as a staple or not, through the settings, with its status. */
import { useApp } from '../context';
import { t } from '../i18n/t';
import { type Mutation, useMutation } from './useMutation';

const MAX_STAPLES = 10;

export function useStapleToggle(id: string): { mine: boolean; toggle(): void; status: Mutation } {
  const { settings, saveSettings } = useApp();
  const status = useMutation();
  const mine = settings.staples.includes(id);
  const toggle = () => {
    if (!mine && settings.staples.length >= MAX_STAPLES) {
      status.fail(t('routines.staplesFull', { n: MAX_STAPLES }));
      return;
    }
    const next = mine ? settings.staples.filter((x) => x !== id) : [...settings.staples, id];
    void status.run(
      () => saveSettings({ staples: next }),
      () => t('routines.stapleSaved'),
    );
  };
  return { mine, toggle, status };
}
