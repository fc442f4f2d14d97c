/**
 * The producer's desk: the program as viewers get it (the compositor's canvas), whether it is
 * going out, the controls (go live, end, layout, slides), the recording, the rundown of the
 * moderator and speakers with their on-air buttons, and cues.
 */
import type { PersonRef } from '@salon/shared';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { LiveProblemText } from '../webinars/LiveProblemText.tsx';
import { CueForm } from './CueForm.tsx';
import type { ProgramScene } from './ProgramCompositor.ts';
import { ProgramControls } from './ProgramControls.tsx';
import { RecordingStatus } from './RecordingStatus.tsx';
import { Rundown } from './Rundown.tsx';
import type { StudioPerson } from './studioPeople.ts';
import { useProgram } from './useProgram.ts';
import { useStudioChange } from './useStudioChange.ts';
import type { StudioRoom } from './useStudioRoom.ts';
import type { StudioStateFeed } from './useStudioState.ts';

interface ProducerDeskProps {
  eventId: string;
  feed: StudioStateFeed;
  room: StudioRoom;
  people: StudioPerson[];
  speakers: PersonRef[];
}

export function ProducerDesk({ eventId, feed, room, people }: ProducerDeskProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { state } = feed;
  const changer = useStudioChange(eventId, feed.accept);
  const moderator = people.find((person) => person.role === 'moderator') ?? null;
  const onAir = state.onAir
    ? (people.find((person) => person.speakerId === state.onAir?.speaker.id) ?? null)
    : null;
  const scene = useMemo<ProgramScene>(
    () => ({
      state,
      moderatorIdentity: moderator?.userId ?? null,
      speakerIdentity: onAir?.userId ?? null,
      cards: {
        moderator: {
          name: moderator ? pick(moderator.name) : '',
          caption: t('studio.program.cardModerator'),
        },
        speaker: state.onAir
          ? { name: pick(state.onAir.speaker.name), caption: t('studio.program.cardSpeaker') }
          : null,
      },
    }),
    [state, moderator, onAir, pick, t],
  );
  const program = useProgram(eventId, room.connection, room.tokens?.program ?? null, scene);
  const monitor = useRef<HTMLDivElement>(null);

  // The compositor's own canvas is the monitor: what is drawn there is what goes out.
  useEffect(() => {
    const holder = monitor.current;
    if (!holder) return;
    return program.compositor?.mount(holder, t('studio.program.label'));
  }, [program.compositor, t]);

  const publishing = program.publisher?.state ?? 'connecting';
  return (
    <div className="studio-desk">
      <section className="studio-program" aria-labelledby="program-title">
        <h2 id="program-title">{t('studio.program.title')}</h2>
        <div ref={monitor} className="studio-program-monitor" />
        {state.status !== 'ended' && (
          <p
            className="muted"
            role="status"
            data-testid="studio-publishing"
            data-state={publishing}
          >
            {t(`studio.program.publishing.${publishing}`)}
          </p>
        )}
        {room.error && (
          <>
            <LiveProblemText error={room.error} />
            <button type="button" onClick={room.retry}>
              {t('studio.backstage.rejoin')}
            </button>
          </>
        )}
        {program.soundPaused() && state.status !== 'ended' && (
          <p className="problem" role="alert" data-testid="studio-sound-paused">
            {t('studio.program.soundPaused')}{' '}
            <button type="button" onClick={program.resumeSound}>
              {t('studio.program.sound')}
            </button>
          </p>
        )}
        {program.error && (
          <p className="problem" role="alert">
            {t('studio.program.publishFailed', { reason: program.error })}
          </p>
        )}
        <ProgramControls state={state} changer={changer} />
        <RecordingStatus eventId={eventId} state={state} recorder={program.recorder} />
      </section>
      {state.status !== 'ended' && (
        <div className="studio-side">
          <Rundown
            eventId={eventId}
            state={state}
            people={people}
            connection={room.connection}
            changer={changer}
            slidesVersion={feed.slidesVersion}
          />
          <CueForm people={people} changer={changer} />
        </div>
      )}
    </div>
  );
}
