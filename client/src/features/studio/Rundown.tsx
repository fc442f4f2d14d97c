/**
 * The producer's rundown: the moderator and each speaker, whether they are in the studio
 * (connected, camera, microphone), their slides, and whether they are on air; a speaker is put
 * on air with their camera or voice only, and taken off. The server checks every change.
 */
import type { StudioState } from '@salon/shared';
import { Track } from 'livekit-client';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { useSlideDecks } from './SlidesUpload.tsx';
import { SlidesUpload } from './SlidesUpload.tsx';
import type { StudioConnection } from './StudioConnection.ts';
import type { StudioPerson } from './studioPeople.ts';
import type { StudioChanger } from './useStudioChange.ts';

interface RundownProps {
  eventId: string;
  state: StudioState;
  people: StudioPerson[];
  connection: StudioConnection | null;
  changer: StudioChanger;
  slidesVersion: number;
}

export function Rundown({
  eventId,
  state,
  people,
  connection,
  changer,
  slidesVersion,
}: RundownProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const decks = useSlideDecks(eventId, slidesVersion);
  return (
    <section className="studio-rundown" aria-labelledby="rundown-title">
      <h2 id="rundown-title">{t('studio.rundown.title')}</h2>
      <ol className="studio-rundown-list">
        {people.map((person) => {
          const name = pick(person.name);
          const participant =
            person.userId && connection ? connection.participant(person.userId) : null;
          const camera = participant?.getTrackPublication(Track.Source.Camera);
          const mic = participant?.getTrackPublication(Track.Source.Microphone);
          const onAir = state.onAir?.speaker.id === person.speakerId ? state.onAir : null;
          const deck = decks.data?.items.find((item) => item.speaker.id === person.speakerId);
          const presence = !person.userId
            ? t('studio.rundown.noAccount')
            : participant
              ? [
                  t('studio.rundown.connected'),
                  camera && !camera.isMuted
                    ? t('studio.rundown.cameraOn')
                    : t('studio.rundown.cameraOff'),
                  ...(mic && !mic.isMuted ? [] : [t('studio.rundown.micOff')]),
                ].join(', ')
              : t('studio.rundown.notConnected');
          return (
            <li
              key={person.speakerId}
              className="studio-rundown-row"
              data-testid="studio-rundown-row"
              data-speaker={person.speakerId}
              data-connected={participant !== null}
              data-on-air={onAir !== null}
            >
              <p>
                <strong>{name}</strong> ·{' '}
                {person.role === 'moderator'
                  ? t('studio.rundown.moderator')
                  : t('studio.rundown.speaker')}
                {onAir && (
                  <span className="studio-on-air-badge">
                    {' '}
                    {onAir.mode === 'audioOnly'
                      ? t('studio.rundown.onAirAudio')
                      : t('studio.rundown.onAir')}
                  </span>
                )}
              </p>
              <p className="muted">
                {presence}
                {person.role === 'speaker' &&
                  ` · ${deck ? t('studio.slides.pages', { count: deck.pageCount }) : t('studio.slides.none')}`}
              </p>
              {person.role === 'speaker' && (
                <div className="studio-rundown-actions">
                  <button
                    type="button"
                    data-testid="studio-put-on-air"
                    aria-label={t('studio.rundown.putOnAirNamed', { name })}
                    aria-pressed={onAir?.mode === 'video'}
                    disabled={changer.pending !== null}
                    onClick={() =>
                      changer.change({ type: 'onAir', speakerId: person.speakerId, mode: 'video' })
                    }
                  >
                    {t('studio.rundown.putOnAir')}
                  </button>
                  <button
                    type="button"
                    data-testid="studio-put-on-air-audio"
                    aria-label={t('studio.rundown.audioOnlyNamed', { name })}
                    aria-pressed={onAir?.mode === 'audioOnly'}
                    disabled={changer.pending !== null}
                    onClick={() =>
                      changer.change({
                        type: 'onAir',
                        speakerId: person.speakerId,
                        mode: 'audioOnly',
                      })
                    }
                  >
                    {t('studio.rundown.audioOnly')}
                  </button>
                  {onAir && (
                    <button
                      type="button"
                      data-testid="studio-take-off"
                      disabled={changer.pending !== null}
                      onClick={() => changer.change({ type: 'offAir' })}
                    >
                      {t('studio.rundown.takeOff')}
                    </button>
                  )}
                  <details>
                    <summary>{t('studio.rundown.uploadFor', { name })}</summary>
                    <SlidesUpload
                      eventId={eventId}
                      speakerId={person.speakerId}
                      slidesVersion={slidesVersion}
                      title={t('studio.rundown.uploadFor', { name })}
                    />
                  </details>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
