/**
 * The stand's video presentation in the browser's own player: keyboard operable controls, the
 * poster until it plays, every source (WebM first), and captions in Russian and English with
 * the interface language's track on. Switching the language moves the captions along, unless
 * the viewer turned them off. Only the metadata loads until the visitor presses play.
 */
import type { StandVideo as StandVideoData } from '@salon/shared';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';

interface StandVideoProps {
  video: StandVideoData;
  exhibitorName: string;
}

export function StandVideo({ video, exhibitorName }: StandVideoProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const element = useRef<HTMLVideoElement>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const tracks = element.current?.textTracks;
    if (!tracks) return;
    const list = Array.from(tracks);
    if (!list.some((track) => track.mode === 'showing')) return;
    for (const track of list) track.mode = track.language === locale ? 'showing' : 'disabled';
  }, [locale]);

  const lastSource = video.sources.at(-1);
  return (
    <figure className="stand-video">
      <video
        ref={element}
        controls
        preload="metadata"
        playsInline
        poster={video.posterUrl ?? undefined}
        aria-label={t('stand.videoLabel', { name: exhibitorName })}
        data-testid="stand-video"
      >
        {video.sources.map((source) => (
          <source
            key={source.url}
            src={source.url}
            type={source.type}
            // The browser tries sources in order; only the last one failing means none plays.
            onError={source === lastSource ? () => setFailed(true) : undefined}
          />
        ))}
        {video.captions.map((caption) => (
          <track
            key={caption.url}
            kind="captions"
            src={caption.url}
            srcLang={caption.language}
            label={t(`language.${caption.language}`)}
            default={caption.language === locale}
          />
        ))}
      </video>
      {failed && lastSource && (
        <p className="error-text" role="alert">
          {t('stand.videoFailed')}{' '}
          <a href={lastSource.url} download>
            {t('stand.downloadVideo')}
          </a>
        </p>
      )}
    </figure>
  );
}
