/**
 * "🔊 Sound" over the 3D hall while a stand's video plays on its screen: a toggle button
 * (aria-pressed; Tab, Enter and Space work as for any button) for the sound of that video and
 * of the next ones. Rendered by the hall page; imports no three.js.
 */
import { useTranslation } from 'react-i18next';
import { useStandVideo } from './standVideoStore.ts';
import './StandVideoSoundToggle.css';

export function StandVideoSoundToggle() {
  const { t } = useTranslation();
  const playing = useStandVideo((state) => state.activeExhibitorId !== null);
  const soundOn = useStandVideo((state) => state.soundOn);
  const toggleSound = useStandVideo((state) => state.toggleSound);
  if (!playing) return null;
  return (
    <button
      type="button"
      className="stand-video-sound"
      aria-pressed={soundOn}
      title={t(soundOn ? 'scene.soundOff' : 'scene.soundOn')}
      onClick={toggleSound}
      data-testid="stand-video-sound"
    >
      <span aria-hidden="true">{soundOn ? '🔊' : '🔇'}</span>
      {t('scene.sound')}
    </button>
  );
}
