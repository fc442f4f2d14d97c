/** The stand's current video presentation as visitors get it: sources, poster and captions. */
import type { StandVideo } from '@salon/shared';
import { useTranslation } from 'react-i18next';

export function VideoPreview({ video }: { video: StandVideo }) {
  const { t } = useTranslation();
  // A new source list must reload the element, which React does not do for <source> changes.
  const key = video.sources.map((source) => source.url).join('|');
  return (
    <video
      key={key}
      className="video-preview"
      controls
      preload="metadata"
      poster={video.posterUrl ?? undefined}
      aria-label={t('dashboard.media.currentVideo')}
    >
      {video.sources.map((source) => (
        <source key={source.url} src={source.url} type={source.type} />
      ))}
      {video.captions.map((track) => (
        <track
          key={track.url}
          kind="captions"
          src={track.url}
          srcLang={track.language}
          label={t(`language.${track.language}`)}
        />
      ))}
    </video>
  );
}
