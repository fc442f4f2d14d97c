/**
 * One studio, loaded: follows the studio state live and joins the studio room. The producer
 * joins at once and gets the program (compositor, program room, recording) with the rundown;
 * the moderator and speakers first check their camera and microphone, then enter backstage,
 * where cues reach them. Everyone sees who else is in the studio.
 */
import type { EventDetail, EventRole, EventStaff, StudioState } from '@salon/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import { BackstagePanel } from './BackstagePanel.tsx';
import { CueBanner } from './CueBanner.tsx';
import { ProducerDesk } from './ProducerDesk.tsx';
import { StudioMonitor } from './StudioMonitor.tsx';
import { mySpeakerId, studioPeople } from './studioPeople.ts';
import { useStudioRoom } from './useStudioRoom.ts';
import { useStudioState } from './useStudioState.ts';

interface StudioProps {
  eventId: string;
  initial: StudioState;
  myRoles: EventRole[];
  event: EventDetail;
  staff: EventStaff;
}

export function Studio({ eventId, initial, myRoles, event, staff }: StudioProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const userId = useSessionStore((state) => state.user?.id ?? null);
  const feed = useStudioState(eventId, initial);
  const { state } = feed;
  const producer = myRoles.includes('producer');
  const [entered, setEntered] = useState(producer);
  // Joining is decided once: the end of the event closes the rooms, and the page stays.
  const [open] = useState(initial.status !== 'ended');
  const room = useStudioRoom(eventId, entered && open);
  const people = studioPeople(event, staff);
  const me = mySpeakerId(staff, userId);
  const role = producer ? 'producer' : myRoles.includes('moderator') ? 'moderator' : 'speaker';

  return (
    <div className="studio" data-testid="studio" data-role={role} data-status={state.status}>
      <header className="studio-header">
        <div>
          <p className="muted">
            {t('studio.title')} · {t(`studio.roles.${role}`)}
          </p>
          <h1>{pick(event.title)}</h1>
        </div>
        <p
          className={`studio-status studio-status-${state.status}`}
          role="status"
          data-testid="studio-status"
        >
          {t(`studio.status.${state.status}`)}
        </p>
      </header>
      {feed.stream !== 'live' && (
        <p className="muted" role="status" data-testid="studio-stream">
          {t(`studio.stream.${feed.stream}`)}
        </p>
      )}
      {!producer && <CueBanner cue={state.cue} speakerId={me} />}
      {state.status === 'ended' && !producer ? (
        <p className="state" role="status" data-testid="studio-ended">
          {t('studio.backstage.ended')}
        </p>
      ) : producer ? (
        <ProducerDesk
          eventId={eventId}
          feed={feed}
          room={room}
          people={people}
          speakers={event.speakers}
        />
      ) : (
        <BackstagePanel
          eventId={eventId}
          state={state}
          role={role === 'moderator' ? 'moderator' : 'speaker'}
          speakerId={me}
          entered={entered}
          onEnter={() => setEntered(true)}
          room={room}
          slidesVersion={feed.slidesVersion}
        />
      )}
      {room.connection && state.status !== 'ended' && (
        <StudioMonitor connection={room.connection} people={people} state={state} />
      )}
    </div>
  );
}
