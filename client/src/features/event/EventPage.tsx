/**
 * /forum/:eventId, the event player. Before the start: a countdown and what the event is about.
 * Live: the program with its sound. After the end: the recording with chapters, and the
 * viewer's rating. Beside it, the moderated chat. The broadcast status is polled (faster near
 * the start) and replaced at once when the chat stream says it changed, so the player moves on
 * from one face to the next without a reload.
 */
import { canOnEvent, type EventDetail } from '@salon/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { QueryState } from '../../ui/QueryState.tsx';
import { EventChat } from '../eventChat/EventChat.tsx';
import type { ChatNews } from '../eventChat/useEventChat.ts';
import { EventFeedback } from '../feedback/EventFeedback.tsx';
import { AddToScheduleButton } from '../schedule/AddToScheduleButton.tsx';
import { useNow } from '../webinars/useNow.ts';
import { Countdown } from './Countdown.tsx';
import { EventDetails } from './EventDetails.tsx';
import {
  eventKeys,
  useBroadcast,
  useEventDetail,
  useMyEventRoles,
  useRecording,
} from './eventQueries.ts';
import { playerPhase } from './playerPhase.ts';
import { ProgramPlayer } from './ProgramPlayer.tsx';
import { RecordingPlayer } from './RecordingPlayer.tsx';
import './event.css';

export function EventPage() {
  const { eventId = '' } = useParams();
  const { t } = useTranslation();
  const event = useEventDetail(eventId);
  return (
    <div className="event-page">
      <p>
        <Link to="/forum">← {t('eventPage.backToSchedule')}</Link>
      </p>
      <QueryState
        isPending={event.isPending}
        error={event.error}
        onRetry={() => void event.refetch()}
      >
        {event.data && <EventView event={event.data} />}
      </QueryState>
    </div>
  );
}

function EventView({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const queryClient = useQueryClient();
  const now = useNow(5000);
  const roles = useMyEventRoles(event.id);
  const broadcast = useBroadcast(event);
  const phase = playerPhase(broadcast.data?.status ?? 'scheduled', event, now);
  const recording = useRecording(event.id, phase === 'ended');
  const title = pick(event.title);

  const onNews = useCallback(
    (news: ChatNews) => {
      if (news.type === 'broadcast') {
        queryClient.setQueryData(eventKeys.broadcast(event.id), news.broadcast);
      } else {
        void queryClient.invalidateQueries({ queryKey: eventKeys.recording(event.id) });
      }
    },
    [event.id, queryClient],
  );

  const inStudio = roles.some((role) => role !== 'chatExpert');
  return (
    <article className="event-layout" data-phase={phase} data-testid="event-player-page">
      <header className="event-header">
        <p className={`event-phase event-phase-${phase}`} data-testid="event-phase">
          {t(`eventPage.phase.${phase}`)}
        </p>
        <h1>{title}</h1>
        <div className="event-header-actions">
          {phase !== 'ended' && <AddToScheduleButton add={{ eventId: event.id }} title={title} />}
          {inStudio && phase !== 'ended' && (
            <Link to={`/studio/${encodeURIComponent(event.id)}`}>{t('eventPage.openStudio')}</Link>
          )}
        </div>
      </header>
      <div className="event-main">
        <section className="event-player" aria-label={t('eventPage.player')}>
          {phase === 'upcoming' && (
            <div className="event-screen event-screen-message">
              <Countdown startsAt={event.startsAt} />
              <p>{t('eventPage.opensHere')}</p>
            </div>
          )}
          {phase === 'starting' && (
            <div className="event-screen event-screen-message" role="status">
              <p>
                <span className="spinner" aria-hidden="true" /> {t('eventPage.startingSoon')}
              </p>
            </div>
          )}
          {phase === 'live' && <ProgramPlayer eventId={event.id} title={title} />}
          {phase === 'ended' && <RecordingPlayer eventId={event.id} title={title} />}
        </section>
        {phase === 'ended' && <EventFeedback eventId={event.id} roles={roles} />}
        <EventDetails event={event} />
      </div>
      <aside className="event-side">
        <EventChat
          key={roles.join(',')}
          eventId={event.id}
          moderation={canOnEvent(roles, 'event.chat.seePending')}
          canModerate={canOnEvent(roles, 'event.chat.moderate')}
          over={phase === 'ended'}
          canSeek={recording.data?.status === 'ready'}
          onNews={onNews}
        />
      </aside>
    </article>
  );
}
