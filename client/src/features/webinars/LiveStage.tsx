/**
 * The host's picture in the viewer: the shared screen large with the host's camera small in its
 * corner while a screen is shared, else the camera alone, else a note that the host is not on
 * camera (yet, or just now). Then whoever the host brought on stage, each with their camera.
 */
import { Track } from 'livekit-client';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LiveParticipant, LiveSession, LiveTrack } from '../../live/joinWebinar.ts';
import { displayNameOf, hostMedia, onStage, videoOf } from '../../live/liveParticipants.ts';
import { LiveVideo } from './LiveVideo.tsx';

export function LiveStage({ session }: { session: LiveSession }) {
  const { t } = useTranslation();
  const participants = session.participants();
  const { camera, screen } = hostMedia<LiveTrack>(participants);
  return (
    <div className="live-stage-area">
      {screen ? (
        <div className="live-stage live-stage-screen">
          <LiveVideo track={screen} label={t('live.viewer.screen')} testId="live-screen" />
          {camera && (
            <LiveVideo
              track={camera}
              className="live-pip"
              label={t('live.viewer.hostCamera')}
              testId="live-host-camera"
            />
          )}
        </div>
      ) : camera ? (
        <div className="live-stage">
          <LiveVideo track={camera} label={t('live.viewer.hostVideo')} testId="live-host-camera" />
        </div>
      ) : (
        <div className="live-stage live-stage-empty">
          <p>{t('live.viewer.noHost')}</p>
        </div>
      )}
      <StageGuests people={onStage(participants)} />
    </div>
  );
}

/** The viewers on stage, each with their camera (or their name while it is off). */
export function StageGuests({
  people,
  actions,
}: {
  people: LiveParticipant[];
  actions?: (person: LiveParticipant, name: string) => ReactNode;
}) {
  const { t } = useTranslation();
  if (people.length === 0) return null;
  return (
    <ul className="stage-guests" aria-label={t('live.viewer.stage')}>
      {people.map((person) => {
        const name = displayNameOf(person, t('live.viewer.guest'));
        const shown = person.isLocal ? `${name} (${t('live.viewer.you')})` : name;
        const video = videoOf<LiveTrack>(person, Track.Source.Camera);
        return (
          <li key={person.identity} className="stage-guest" data-identity={person.identity}>
            {video ? (
              <LiveVideo
                track={video}
                label={t('live.viewer.guestVideo', { name })}
                testId="stage-video"
                mirrored={person.isLocal}
              />
            ) : (
              <div className="stage-guest-blank" aria-hidden="true">
                {name.slice(0, 1).toUpperCase()}
              </div>
            )}
            <p className="stage-guest-name">{shown}</p>
            {actions?.(person, name)}
          </li>
        );
      })}
    </ul>
  );
}
