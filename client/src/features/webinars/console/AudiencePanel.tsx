/**
 * The host's view of the audience: how many watch, who raised a hand ("Bring on stage"), and who
 * is on stage, with their camera ("Take off stage"). Each change is the server's: the api sets
 * the participant's permission and attributes, and this list follows the room's events.
 */
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { setStage } from '../../../live/liveApi.ts';
import type { LiveSession } from '../../../live/joinWebinar.ts';
import { liveErrorFrom } from '../../../live/LiveError.ts';
import {
  audienceCount,
  displayNameOf,
  onStage,
  raisedHands,
} from '../../../live/liveParticipants.ts';
import { LiveProblemText } from '../LiveProblemText.tsx';
import { StageGuests } from '../LiveStage.tsx';

export function AudiencePanel({ session }: { session: LiveSession }) {
  const { t } = useTranslation();
  const people = session.participants();
  const hands = raisedHands(people);
  const guests = onStage(people);
  const stage = useMutation({
    mutationFn: (change: { identity: string; onStage: boolean }) =>
      setStage(session.webinarId, change.identity, change.onStage),
  });
  const busy = (identity: string) => stage.isPending && stage.variables.identity === identity;

  return (
    <section className="live-console-main" aria-labelledby="audience-title" data-testid="audience">
      <h2 id="audience-title">{t('live.console.audience', { count: audienceCount(people) })}</h2>
      <h3>{t('live.console.hands')}</h3>
      {hands.length === 0 ? (
        <p className="muted">{t('live.console.noHands')}</p>
      ) : (
        <ul className="people-list" data-testid="raised-hands" aria-live="polite">
          {hands.map((person) => {
            const name = displayNameOf(person, t('live.viewer.guest'));
            return (
              <li key={person.identity} data-identity={person.identity}>
                <span>✋ {name}</span>
                <button
                  type="button"
                  disabled={busy(person.identity)}
                  aria-label={t('live.console.bringNamed', { name })}
                  onClick={() => stage.mutate({ identity: person.identity, onStage: true })}
                >
                  {t('live.console.bringOnStage')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <h3>{t('live.console.stage')}</h3>
      {guests.length === 0 ? (
        <p className="muted">{t('live.console.nobodyOnStage')}</p>
      ) : (
        <StageGuests
          people={guests}
          actions={(person, name) => (
            <button
              type="button"
              disabled={busy(person.identity)}
              aria-label={t('live.console.takeOffNamed', { name })}
              onClick={() => stage.mutate({ identity: person.identity, onStage: false })}
            >
              {t('live.console.takeOff')}
            </button>
          )}
        />
      )}
      {stage.isError && <LiveProblemText error={liveErrorFrom(stage.error)} />}
    </section>
  );
}
