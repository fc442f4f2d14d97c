/**
 * The stand's logo and video presentation: what is shown now, and an upload for each. The
 * poster and captions belong to the video, so they wait for one; a new video removes the old
 * video's poster and captions (the api does so, and this section says so before).
 */
import type { StandDetail } from '@salon/shared';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadStandMedia, type MediaPurpose } from '../../../api/dashboard.ts';
import { withSession } from '../../../session/withSession.ts';
import { useStandCache } from '../standQueries.ts';
import { UploadField } from '../UploadField.tsx';
import type { SendFile } from '../useUpload.ts';
import { VideoPreview } from './VideoPreview.tsx';

interface MediaSectionProps {
  exhibitorId: string;
  stand: StandDetail;
}

export function MediaSection({ exhibitorId, stand }: MediaSectionProps) {
  const { t } = useTranslation();
  const cache = useStandCache(exhibitorId);
  const [captionsLanguage, setCaptionsLanguage] = useState<'ru' | 'en'>('ru');

  const sender = useCallback(
    (purpose: MediaPurpose, language?: 'ru' | 'en'): SendFile =>
      // A new file replaces the old one, so a retry cannot make two: no key is needed.
      async (file, { onProgress, signal }) => {
        const saved = await withSession((token) =>
          uploadStandMedia(exhibitorId, purpose, file, language ? { language } : {}, token, {
            onProgress,
            signal,
          }),
        );
        cache.set(saved);
      },
    [cache, exhibitorId],
  );

  const video = stand.video;
  const captionLanguages = video?.captions.map((track) => track.language) ?? [];
  return (
    <div className="dashboard-stack">
      <h2>{t('dashboard.media.title')}</h2>

      <section className="media-block" aria-labelledby="media-logo">
        <h3 id="media-logo">{t('dashboard.media.logo')}</h3>
        {stand.logoUrl ? (
          <img
            className="logo-preview"
            src={stand.logoUrl}
            alt={t('dashboard.media.currentLogo')}
            data-testid="logo-preview"
          />
        ) : (
          <p className="muted">{t('dashboard.media.noLogo')}</p>
        )}
        <UploadField
          purpose="logo"
          label={t('dashboard.media.logoFile')}
          action={t('dashboard.media.uploadLogo')}
          send={sender('logo')}
        />
      </section>

      <section className="media-block" aria-labelledby="media-video">
        <h3 id="media-video">{t('dashboard.media.video')}</h3>
        {video ? (
          <VideoPreview video={video} />
        ) : (
          <p className="muted">{t('dashboard.media.noVideo')}</p>
        )}
        <UploadField
          purpose="video"
          label={t('dashboard.media.videoFile')}
          action={t('dashboard.media.uploadVideo')}
          send={sender('video')}
        >
          {video && <p className="warning">{t('dashboard.media.videoReplaces')}</p>}
        </UploadField>
      </section>

      <section className="media-block" aria-labelledby="media-poster">
        <h3 id="media-poster">{t('dashboard.media.poster')}</h3>
        {video?.posterUrl ? (
          <img
            className="poster-preview"
            src={video.posterUrl}
            alt={t('dashboard.media.currentPoster')}
          />
        ) : (
          <p className="muted">{t('dashboard.media.noPoster')}</p>
        )}
        <UploadField
          purpose="poster"
          label={t('dashboard.media.posterFile')}
          action={t('dashboard.media.uploadPoster')}
          send={sender('poster')}
          disabled={!video}
          blockedReason={video ? undefined : t('dashboard.media.videoFirst')}
        />
      </section>

      <section className="media-block" aria-labelledby="media-captions">
        <h3 id="media-captions">{t('dashboard.media.captions')}</h3>
        <p className="muted">
          {captionLanguages.length > 0
            ? t('dashboard.media.captionsNow', {
                languages: captionLanguages.map((language) => t(`language.${language}`)).join(', '),
              })
            : t('dashboard.media.noCaptions')}
        </p>
        <UploadField
          purpose="captions"
          label={t('dashboard.media.captionsFile')}
          action={t('dashboard.media.uploadCaptions')}
          send={sender('captions', captionsLanguage)}
          disabled={!video}
          blockedReason={video ? undefined : t('dashboard.media.videoFirst')}
        >
          <div className="field inline-field">
            <label htmlFor="captions-language">{t('dashboard.media.captionsLanguage')}</label>
            <select
              id="captions-language"
              value={captionsLanguage}
              disabled={!video}
              onChange={(event) => setCaptionsLanguage(event.target.value === 'en' ? 'en' : 'ru')}
            >
              <option value="ru">{t('language.ru')}</option>
              <option value="en">{t('language.en')}</option>
            </select>
          </div>
        </UploadField>
      </section>
    </div>
  );
}
