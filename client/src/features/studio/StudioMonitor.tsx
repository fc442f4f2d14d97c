/**
 * Everyone in the studio room, as tiles: their camera (or its being off), their name and role,
 * and whether they are on air. The backstage view of who is here; it never reaches viewers.
 */
import type { StudioState } from '@salon/shared';
import { Track, type LocalTrack, type Participant, type RemoteTrack } from 'livekit-client';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { LiveVideo } from '../webinars/LiveVideo.tsx';
import type { StudioConnection } from './StudioConnection.ts';
import type { StudioPerson } from './studioPeople.ts';

interface StudioMonitorProps {
  connection: StudioConnection;
  people: StudioPerson[];
  state: StudioState;
}

export function StudioMonitor({ connection, people, state }: StudioMonitorProps) {
  const { t } = useTranslation();
  const others = [...connection.room.remoteParticipants.values()];
  return (
    <section className="studio-monitor" aria-labelledby="studio-monitor-title">
      <h2 id="studio-monitor-title">{t('studio.backstage.others')}</h2>
      {others.length === 0 ? (
        <p className="muted">{t('studio.backstage.nobody')}</p>
      ) : (
        <ul className="studio-tiles">
          {others.map((participant) => (
            <Tile
              key={participant.identity}
              participant={participant}
              person={people.find((person) => person.userId === participant.identity) ?? null}
              state={state}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function Tile({
  participant,
  person,
  state,
}: {
  participant: Participant;
  person: StudioPerson | null;
  state: StudioState;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const name = person ? pick(person.name) : participant.name || participant.identity;
  const role = participant.attributes['role'];
  const camera = participant.getTrackPublication(Track.Source.Camera);
  const track =
    camera?.track && !camera.isMuted ? (camera.track as LocalTrack | RemoteTrack) : null;
  const onAir =
    person !== null &&
    state.status !== 'ended' &&
    (person.role === 'moderator' || state.onAir?.speaker.id === person.speakerId);
  return (
    <li className="studio-tile" data-testid="studio-tile" data-on-air={onAir}>
      {track ? (
        <LiveVideo track={track} label={name} />
      ) : (
        <div className="live-stage-empty">
          <p>{t('studio.backstage.cameraOff')}</p>
        </div>
      )}
      <p>
        <strong>{name}</strong>
        {role && role in ROLE_KEYS ? ` · ${t(ROLE_KEYS[role as keyof typeof ROLE_KEYS])}` : ''}
        {onAir && state.onAir?.speaker.id === person.speakerId && (
          <span className="studio-on-air-badge"> {t('studio.rundown.onAir')}</span>
        )}
      </p>
    </li>
  );
}

const ROLE_KEYS = {
  producer: 'studio.roles.producer',
  moderator: 'studio.roles.moderator',
  speaker: 'studio.roles.speaker',
} as const;
