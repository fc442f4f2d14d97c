/**
 * "🔊 Sound" over the 3D hall while a stand's video or live webinar plays on its screen: a
 * toggle button (aria-pressed; Tab, Enter and Space work as for any button) for the sound of
 * what plays and of the next ones. Rendered by the hall page; imports no three.js.
 */
import { useTranslation } from 'react-i18next';
import { useStandVideo } from './standVideoStore.ts';
import './StandVideoSoundToggle.css';

/** What a press does, by what plays and whether its sound is on now. */
const TITLES = {
  video: { on: 'scene.soundOff', off: 'scene.soundOn' },
  live: { on: 'scene.liveSoundOff', off: 'scene.liveSoundOn' },
} as const;

export function StandVideoSoundToggle() {
  const { t } = useTranslation();
  const playing = useStandVideo((state) => state.activeExhibitorId !== null);
  const live = useStandVideo((state) => state.activeLive);
  const soundOn = useStandVideo((state) => state.soundOn);
  const toggleSound = useStandVideo((state) => state.toggleSound);
  if (!playing) return null;
  return (
    <button
      type="button"
      className="stand-video-sound"
      aria-pressed={soundOn}
      title={t(TITLES[live ? 'live' : 'video'][soundOn ? 'on' : 'off'])}
      onClick={toggleSound}
      data-testid="stand-video-sound"
      data-live={live}
    >
      <span aria-hidden="true">{soundOn ? '🔊' : '🔇'}</span>
      {t('scene.sound')}
    </button>
  );
}
