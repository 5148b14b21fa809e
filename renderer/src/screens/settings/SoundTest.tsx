/** Plays the end-of-routine cue at the chosen volume, so the person hears what they set. */
import { useApp } from '../../context';
import { playCue } from '../../player/cues';
import { settingsText as s } from '../../strings/settings';

export function SoundTest() {
  const { settings } = useApp();
  return (
    <button
      type="button"
      className="button small"
      disabled={!settings.sound.enabled}
      onClick={() => playCue('finish', settings.sound)}
    >
      {s.sound.test}
    </button>
  );
}
