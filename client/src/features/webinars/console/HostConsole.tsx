/**
 * The host's console for one webinar. Before going live: the camera and microphone preview with
 * device choices. "Go live" tells the api (the webinar becomes live for visitors), joins the
 * room as host and puts the chosen camera and microphone on the air. Live: switches for the
 * camera, the microphone and screen sharing, the audience with raised hands and the stage, the
 * stand chat (moderated), and "End webinar". What the host wants on the air is kept here and
 * put back after a rejoin, which starts with nothing published.
 */
import type { Webinar } from '@salon/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Track } from 'livekit-client';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshWebinar } from '../../../api/webinars.ts';
import { useLocale } from '../../../i18n/i18n.ts';
import { setLive } from '../../../live/liveApi.ts';
import type { LiveSession, LiveTrack } from '../../../live/joinWebinar.ts';
import { liveErrorFrom, type LiveError } from '../../../live/LiveError.ts';
import { videoOf } from '../../../live/liveParticipants.ts';
import { useJoinWebinar } from '../../../live/useJoinWebinar.ts';
import { useLiveVersion } from '../../../live/useLiveVersion.ts';
import { StandChat } from '../../stands/chat/StandChat.tsx';
import { LiveProblemText } from '../LiveProblemText.tsx';
import { liveStatus } from '../liveStatus.ts';
import { LiveVideo } from '../LiveVideo.tsx';
import { AudiencePanel } from './AudiencePanel.tsx';
import { DevicePicker } from './DevicePicker.tsx';
import { EndWebinar } from './EndWebinar.tsx';
import { LeaveGuard } from './LeaveGuard.tsx';
import { MicLevel } from './MicLevel.tsx';
import { useLocalPreview, type DeviceChoice } from './useLocalPreview.ts';

interface Wanted {
  camera: boolean;
  microphone: boolean;
}

export function HostConsole({ webinar }: { webinar: Webinar }) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const client = useQueryClient();
  const [phase, setPhase] = useState<'preview' | 'live' | 'ended'>('preview');
  // A webinar ended before the page opened needs no camera.
  const preview = useLocalPreview(phase === 'preview' && webinar.status !== 'ended');
  const goLive = useMutation({
    mutationFn: () => setLive(webinar.id, true),
    onSuccess: (updated) => {
      refreshWebinar(client, updated);
      setPhase('live');
    },
  });
  const { session, error, retry } = useJoinWebinar(phase === 'live' ? webinar.id : null);
  useLiveVersion(session);
  // However the end arrives (this console's End, the room closing, a refetch, or a webinar
  // ended before the page opened), the console stays and says so, with what to do next.
  const ended = phase === 'ended' || session?.end === 'ended' || webinar.status === 'ended';
  const onAir = phase === 'live' && !ended && session !== null && session.end === null;

  return (
    <div className="live-console" data-testid="host-console" data-phase={ended ? 'ended' : phase}>
      <LeaveGuard active={onAir} />
      <header className="dashboard-header">
        <div>
          <p className="muted">{t('live.console.title')}</p>
          <h1>{pick(webinar.title)}</h1>
        </div>
      </header>
      {ended ? (
        <p className="state" role="status" data-testid="console-ended">
          {t('live.console.endedText')}
        </p>
      ) : phase === 'preview' ? (
        <section className="live-console-main" aria-labelledby="preview-title">
          <h2 id="preview-title">{t('live.console.preview')}</h2>
          <p className="muted">{t('live.console.previewHint')}</p>
          <div className="live-stage">
            {preview.video ? (
              <LiveVideo
                track={preview.video}
                label={t('live.console.ownVideo')}
                mirrored
                testId="preview-video"
              />
            ) : (
              <div className="live-stage-empty" role="status">
                <p>
                  {preview.starting
                    ? t('live.console.startingDevices')
                    : t('live.console.noDevices')}
                </p>
              </div>
            )}
          </div>
          <DeviceChoices preview={preview} />
          {preview.error && (
            <>
              <LiveProblemText error={preview.error} />
              <button type="button" onClick={preview.retry}>
                {t('live.console.tryDevices')}
              </button>
            </>
          )}
          <div className="form-actions">
            <button
              type="button"
              className="primary"
              disabled={goLive.isPending}
              onClick={() => goLive.mutate()}
            >
              {goLive.isPending ? t('live.console.goingLive') : t('live.console.goLive')}
            </button>
          </div>
          {goLive.isError && <LiveProblemText error={liveErrorFrom(goLive.error)} />}
        </section>
      ) : (
        <div className="live-console-layout">
          <div className="live-console-side">
            <OnAir
              session={session}
              joinError={error}
              onRetry={retry}
              choice={preview.choice}
              cameras={preview.cameras}
              microphones={preview.microphones}
              onChoose={preview.choose}
            />
            <EndWebinar webinarId={webinar.id} onEnded={() => setPhase('ended')} />
          </div>
          <div className="live-console-side">
            {session && <AudiencePanel session={session} />}
            <StandChat exhibitorId={webinar.exhibitorId} moderation />
          </div>
        </div>
      )}
    </div>
  );
}

function DeviceChoices({
  preview,
  disabled = false,
}: {
  preview: ReturnType<typeof useLocalPreview>;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className="device-pickers">
      <DevicePicker
        label={t('live.console.camera')}
        devices={preview.cameras}
        value={preview.choice.camera}
        onChange={(camera) => preview.choose({ camera })}
        disabled={disabled}
      />
      <DevicePicker
        label={t('live.console.microphone')}
        devices={preview.microphones}
        value={preview.choice.microphone}
        onChange={(microphone) => preview.choose({ microphone })}
        disabled={disabled}
      />
      {preview.audio && <MicLevel track={preview.audio} label={t('live.console.micLevel')} />}
    </div>
  );
}

interface OnAirProps {
  session: LiveSession | null;
  joinError: LiveError | null;
  onRetry: () => void;
  choice: DeviceChoice;
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
  onChoose: (change: Partial<DeviceChoice>) => void;
}

function OnAir({
  session,
  joinError,
  onRetry,
  choice,
  cameras,
  microphones,
  onChoose,
}: OnAirProps) {
  const { t } = useTranslation();
  const [wanted, setWanted] = useState<Wanted>({ camera: true, microphone: true });
  const [mediaError, setMediaError] = useState<LiveError | null>(null);
  const pending = useRef(new Set<string>());
  const connected = session?.state === 'connected';
  const local = session?.room.localParticipant;

  // Puts on the air what the host wants: after going live, after a toggle, after a rejoin.
  useEffect(() => {
    if (!session || session.state !== 'connected') return;
    const participant = session.room.localParticipant;
    const apply = (name: keyof Wanted, enabled: boolean, run: () => Promise<unknown>) => {
      if (
        enabled ===
        (name === 'camera' ? participant.isCameraEnabled : participant.isMicrophoneEnabled)
      )
        return;
      if (pending.current.has(name)) return;
      pending.current.add(name);
      run()
        .then(() => setMediaError(null))
        .catch((error: unknown) => setMediaError(liveErrorFrom(error)))
        .finally(() => pending.current.delete(name));
    };
    apply('camera', wanted.camera, () =>
      participant.setCameraEnabled(wanted.camera, choice.camera ? { deviceId: choice.camera } : {}),
    );
    apply('microphone', wanted.microphone, () =>
      participant.setMicrophoneEnabled(
        wanted.microphone,
        choice.microphone ? { deviceId: choice.microphone } : {},
      ),
    );
  }, [session, session?.version, wanted, choice]);

  const screen = useMutation({
    mutationFn: async (on: boolean) => {
      await session?.room.localParticipant.setScreenShareEnabled(on, { audio: true });
    },
  });
  const switchDevice = (kind: 'videoinput' | 'audioinput', deviceId: string) => {
    onChoose(kind === 'videoinput' ? { camera: deviceId } : { microphone: deviceId });
    if (session && connected)
      void session.room.switchActiveDevice(kind, deviceId).catch(() => false);
  };

  const status = liveStatus(
    session && {
      state: session.state,
      end: session.end,
      problem: session.problem,
      hostPresent: true,
    },
    joinError,
  );
  const camera = local ? videoOf<LiveTrack>(local, Track.Source.Camera) : null;
  const ownScreen = local ? videoOf<LiveTrack>(local, Track.Source.ScreenShare) : null;
  const sharing = local?.isScreenShareEnabled ?? false;

  return (
    <section className="live-console-main" aria-labelledby="on-air-title">
      <h2 id="on-air-title" className="live-badge">
        <span className="live-dot" aria-hidden="true" />{' '}
        {connected ? t('live.console.youAreLive') : t(status.key)}
      </h2>
      <p
        className={`live-status live-status-${status.tone}`}
        role="status"
        data-testid="console-status"
      >
        {status.detail ?? t(status.key)}
      </p>
      {joinError && (
        <button type="button" onClick={onRetry}>
          {t('live.retry')}
        </button>
      )}
      <div className="live-stage">
        {camera ? (
          <LiveVideo
            track={camera}
            label={t('live.console.ownVideo')}
            mirrored
            testId="own-camera"
          />
        ) : (
          <div className="live-stage-empty">
            <p>
              {t('live.console.camera')}: {t('live.console.off')}
            </p>
          </div>
        )}
      </div>
      {ownScreen && (
        <div className="live-stage">
          <LiveVideo track={ownScreen} label={t('live.console.ownScreen')} testId="own-screen" />
        </div>
      )}
      <div className="live-toggles">
        <button
          type="button"
          aria-pressed={wanted.camera}
          disabled={!connected}
          onClick={() => setWanted((value) => ({ ...value, camera: !value.camera }))}
        >
          {t('live.console.camera')}
        </button>
        <button
          type="button"
          aria-pressed={wanted.microphone}
          disabled={!connected}
          onClick={() => setWanted((value) => ({ ...value, microphone: !value.microphone }))}
        >
          {t('live.console.microphone')}
        </button>
        <button
          type="button"
          aria-pressed={sharing}
          disabled={!connected || screen.isPending}
          onClick={() => screen.mutate(!sharing)}
        >
          {t('live.console.screen')}
        </button>
      </div>
      <div className="device-pickers">
        <DevicePicker
          label={t('live.console.camera')}
          devices={cameras}
          value={choice.camera}
          onChange={(deviceId) => switchDevice('videoinput', deviceId)}
          disabled={!connected}
        />
        <DevicePicker
          label={t('live.console.microphone')}
          devices={microphones}
          value={choice.microphone}
          onChange={(deviceId) => switchDevice('audioinput', deviceId)}
          disabled={!connected}
        />
      </div>
      {mediaError && <LiveProblemText error={mediaError} />}
      {screen.isError && (
        <p className="problem" role="alert">
          {t('live.console.screenFailed')}
        </p>
      )}
    </section>
  );
}
