/**
 * A viewer's own part in the webinar: "Raise hand" / "Lower hand" (the api sets the attribute
 * the host sees), and, once the host brings them on stage, a clear prompt to turn on camera and
 * microphone, then switches for each. Taken off stage, the server withdraws the permission and
 * LiveKit stops their tracks; this stops anything left and says so.
 */
import { useMutation } from '@tanstack/react-query';
import { Track } from 'livekit-client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setHand } from '../../live/liveApi.ts';
import type { LiveSession } from '../../live/joinWebinar.ts';
import { liveErrorFrom } from '../../live/LiveError.ts';
import { factsOf } from '../../live/liveParticipants.ts';
import { LiveProblemText } from './LiveProblemText.tsx';

const OWN_MEDIA = new Set<Track.Source>([Track.Source.Camera, Track.Source.Microphone]);

export function ViewerStage({ session }: { session: LiveSession }) {
  const { t } = useTranslation();
  const local = session.room.localParticipant;
  const facts = factsOf(local.attributes);
  const [wasOnStage, setWasOnStage] = useState(false);
  if (facts.onStage && !wasOnStage) setWasOnStage(true);
  const prompt = useRef<HTMLDivElement>(null);

  const hand = useMutation({
    mutationFn: (raised: boolean) => setHand(session.webinarId, raised),
  });
  const media = useMutation({
    mutationFn: async (change: { camera?: boolean; microphone?: boolean }) => {
      if (change.camera !== undefined) await local.setCameraEnabled(change.camera);
      if (change.microphone !== undefined) await local.setMicrophoneEnabled(change.microphone);
    },
  });

  useEffect(() => {
    if (facts.onStage) {
      prompt.current?.focus();
      return;
    }
    // Off stage: nothing of ours stays on the air, whatever reached us first.
    for (const publication of local.trackPublications.values()) {
      if (publication.track && OWN_MEDIA.has(publication.source))
        void local.unpublishTrack(publication.track, true);
    }
  }, [facts.onStage, local]);

  if (session.role !== 'viewer' || session.state !== 'connected') return null;

  if (facts.onStage) {
    const anyOn = local.isCameraEnabled || local.isMicrophoneEnabled;
    return (
      <div
        className="viewer-stage viewer-stage-on"
        ref={prompt}
        tabIndex={-1}
        data-testid="viewer-stage"
      >
        {anyOn ? (
          <>
            <p role="status">{t('live.viewer.onStageNow')}</p>
            <div className="live-toggles">
              <button
                type="button"
                aria-pressed={local.isCameraEnabled}
                disabled={media.isPending}
                onClick={() => media.mutate({ camera: !local.isCameraEnabled })}
              >
                {t('live.console.camera')}
              </button>
              <button
                type="button"
                aria-pressed={local.isMicrophoneEnabled}
                disabled={media.isPending}
                onClick={() => media.mutate({ microphone: !local.isMicrophoneEnabled })}
              >
                {t('live.console.microphone')}
              </button>
            </div>
          </>
        ) : (
          <div role="alert">
            <p className="viewer-stage-prompt">{t('live.viewer.onStagePrompt')}</p>
            <button
              type="button"
              className="primary"
              disabled={media.isPending}
              onClick={() => media.mutate({ camera: true, microphone: true })}
            >
              {t('live.viewer.turnOn')}
            </button>
          </div>
        )}
        {media.isError && <LiveProblemText error={liveErrorFrom(media.error)} />}
      </div>
    );
  }

  return (
    <div className="viewer-stage" data-testid="viewer-stage">
      {wasOnStage && (
        <p className="viewer-stage-off" role="status">
          {t('live.viewer.offStage')}
        </p>
      )}
      <button
        type="button"
        disabled={hand.isPending}
        onClick={() => hand.mutate(!facts.handRaised)}
      >
        {facts.handRaised ? t('live.viewer.lowerHand') : t('live.viewer.raiseHand')}
      </button>
      {facts.handRaised && (
        <p className="muted" role="status">
          {t('live.viewer.handRaised')}
        </p>
      )}
      {hand.isError && <LiveProblemText error={liveErrorFrom(hand.error)} />}
    </div>
  );
}
