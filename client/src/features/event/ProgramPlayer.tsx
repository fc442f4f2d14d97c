/**
 * The live program: the one video the studio publishes, with its sound. When the browser will
 * not play sound before a click, a big "click to turn on sound" button says so. While the
 * connection drops and comes back it says "reconnecting"; when LiveKit cannot be reached it
 * says so in plain words with a way to try again.
 */
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveVideo } from '../webinars/LiveVideo.tsx';
import { eventKeys } from './eventQueries.ts';
import { useProgram } from './useProgram.ts';

export function ProgramPlayer({ eventId, title }: { eventId: string; title: string }) {
  const { t } = useTranslation();
  const { connection, error, retry } = useProgram(eventId, true);
  const queryClient = useQueryClient();
  const over = error?.kind === 'ended' || error?.kind === 'notLive' || connection?.end === 'ended';
  // The room says the broadcast is over (or not on) before the status did: ask for it now.
  useEffect(() => {
    if (over) void queryClient.invalidateQueries({ queryKey: eventKeys.broadcast(eventId) });
  }, [over, eventId, queryClient]);

  if (error) {
    return (
      <div className="event-screen event-screen-message" role="alert" data-testid="program-problem">
        <p>{t(`eventPage.problem.${error.kind}`)}</p>
        {error.kind !== 'ended' && (
          <button type="button" onClick={retry}>
            {t('eventPage.retry')}
          </button>
        )}
      </div>
    );
  }
  if (!connection) {
    return (
      <div className="event-screen event-screen-message" role="status">
        <span className="spinner" aria-hidden="true" /> {t('eventPage.live.connecting')}
      </div>
    );
  }
  if (connection.end === 'failed' && connection.problem) {
    return (
      <div className="event-screen event-screen-message" role="alert" data-testid="program-problem">
        <p>{t(`eventPage.problem.${connection.problem.kind}`)}</p>
        <button type="button" onClick={retry}>
          {t('eventPage.retry')}
        </button>
      </div>
    );
  }
  if (connection.end === 'ended') {
    return (
      <div className="event-screen event-screen-message" role="status">
        <p>{t('eventPage.problem.ended')}</p>
      </div>
    );
  }
  if (connection.end === 'elsewhere') {
    return (
      <div className="event-screen event-screen-message" role="status">
        <p>{t('eventPage.live.elsewhere')}</p>
        <button type="button" onClick={retry}>
          {t('eventPage.live.watchHere')}
        </button>
      </div>
    );
  }
  const video = connection.video();
  return (
    <div className="event-screen" data-testid="program-player">
      {video ? (
        <LiveVideo
          track={video}
          label={t('eventPage.live.videoLabel', { title })}
          className="event-video"
          testId="program-video"
        />
      ) : (
        <p className="event-screen-message" role="status">
          {t('eventPage.live.waitingForPicture')}
        </p>
      )}
      {connection.soundBlocked && connection.state === 'connected' && (
        <button
          type="button"
          className="event-unmute primary"
          onClick={() => void connection.startSound()}
        >
          {t('eventPage.live.unmute')}
        </button>
      )}
      {connection.state === 'reconnecting' && (
        <p className="event-screen-banner" role="status">
          {t('eventPage.live.reconnecting')}
        </p>
      )}
    </div>
  );
}
