/**
 * After the event: the recording with its chapters (each speaker's time on air), which seek the
 * video; "being prepared" while the api makes it (the query polls until it is ready); the api's
 * notice when it could not be made seekable; "no recording" when none was made.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { useRecording } from './eventQueries.ts';
import { chapterAt, formatMediaTime } from './mediaTime.ts';
import { useRecordingSeek } from './recordingSeek.ts';

export function RecordingPlayer({ eventId, title }: { eventId: string; title: string }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const recording = useRecording(eventId, true);
  const video = useRef<HTMLVideoElement>(null);
  const [seconds, setSeconds] = useState(0);
  const request = useRecordingSeek((state) => state.request);
  const seek = useRecordingSeek((state) => state.seek);
  const data = recording.data;

  useEffect(() => {
    const element = video.current;
    if (!request || !element) return;
    element.currentTime = request.seconds;
    element.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    element.focus();
    void element.play().catch(() => undefined);
  }, [request, data?.url]);

  return (
    <QueryState
      isPending={recording.isPending}
      error={recording.error}
      onRetry={() => void recording.refetch()}
    >
      {data?.status === 'ready' && data.url ? (
        <div className="event-recording" data-testid="event-recording">
          <div className="event-screen">
            <video
              ref={video}
              className="event-video"
              src={data.url}
              controls
              preload="metadata"
              aria-label={t('eventPage.recording.videoLabel', { title })}
              onTimeUpdate={(event) => setSeconds(event.currentTarget.currentTime)}
            />
          </div>
          {data.notice && !data.remuxed && (
            <p className="event-notice" role="note">
              {t('eventPage.recording.notSeekable')}
            </p>
          )}
          {data.chapters.length > 0 && (
            <nav aria-label={t('eventPage.recording.chapters')}>
              <h3>{t('eventPage.recording.chapters')}</h3>
              <ol className="event-chapters">
                {data.chapters.map((chapter, index) => (
                  <li key={`${chapter.speaker.id}-${String(chapter.atSeconds)}`}>
                    <button
                      type="button"
                      className="link-button"
                      aria-current={index === chapterAt(data.chapters, seconds) || undefined}
                      onClick={() => seek(chapter.atSeconds)}
                    >
                      <span className="event-chapter-time">
                        {formatMediaTime(chapter.atSeconds)}
                      </span>{' '}
                      {pick(chapter.speaker.name)}
                    </button>
                  </li>
                ))}
              </ol>
            </nav>
          )}
        </div>
      ) : (
        <div
          className="event-screen event-screen-message"
          role="status"
          data-testid="recording-status"
        >
          {data?.status === 'none' ? (
            <p>{t('eventPage.recording.none')}</p>
          ) : (
            <p>
              <span className="spinner" aria-hidden="true" /> {t('eventPage.recording.preparing')}
            </p>
          )}
        </div>
      )}
    </QueryState>
  );
}
