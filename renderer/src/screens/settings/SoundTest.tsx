/** Plays the end-of-routine cue at the chosen volume, so the person hears what they set. */
import { useApp } from '../../context';
import { t } from '../../i18n/t';
import { playCue } from '../../player/cues';

export function SoundTest() {
  const { settings } = useApp();
  return (
    <button
      type="button"
      className="button small"
      disabled={!settings.sound.enabled}
      onClick={() => playCue('finish', settings.sound)}
    >
      {t('settings.sound.test')}
    </button>
  );
}
