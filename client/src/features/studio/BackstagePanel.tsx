/**
 * The moderator's or a speaker's own place in the studio. First a preview of their camera and
 * microphone with the device choice; "Enter the studio" joins backstage with the devices
 * chosen. Inside: their own picture, camera and microphone switches, whether they are on air
 * now, and, for a speaker, their slides.
 */
import type { StudioState } from '@salon/shared';
import { Track } from 'livekit-client';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { liveErrorFrom, type LiveError } from '../../live/LiveError.ts';
import { DevicePicker } from '../webinars/console/DevicePicker.tsx';
import { MicLevel } from '../webinars/console/MicLevel.tsx';
import { useLocalPreview, type DeviceChoice } from '../webinars/console/useLocalPreview.ts';
import { LiveProblemText } from '../webinars/LiveProblemText.tsx';
import { LiveVideo } from '../webinars/LiveVideo.tsx';
import { SlidesUpload } from './SlidesUpload.tsx';
import type { StudioRoom } from './useStudioRoom.ts';

interface BackstagePanelProps {
  eventId: string;
  state: StudioState;
  role: 'moderator' | 'speaker';
  speakerId: string | null;
  entered: boolean;
  onEnter: () => void;
  room: StudioRoom;
  slidesVersion: number;
}

export function BackstagePanel(props: BackstagePanelProps) {
  const { t } = useTranslation();
  const { entered, onEnter, room } = props;
  const preview = useLocalPreview(!entered);
  const [choice, setChoice] = useState<DeviceChoice>(preview.choice);

  return (
    <section className="studio-backstage" aria-labelledby="backstage-title">
      <h2 id="backstage-title">
        {entered ? t('studio.backstage.title') : t('studio.preview.title')}
      </h2>
      {!entered ? (
        <>
          <p className="muted">{t('studio.preview.hint')}</p>
          <div className="live-stage">
            {preview.video ? (
              <LiveVideo track={preview.video} label={t('studio.backstage.you')} mirrored />
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
          <div className="device-pickers">
            <DevicePicker
              label={t('studio.backstage.camera')}
              devices={preview.cameras}
              value={preview.choice.camera}
              onChange={(camera) => preview.choose({ camera })}
            />
            <DevicePicker
              label={t('studio.backstage.microphone')}
              devices={preview.microphones}
              value={preview.choice.microphone}
              onChange={(microphone) => preview.choose({ microphone })}
            />
            {preview.audio && <MicLevel track={preview.audio} label={t('live.console.micLevel')} />}
          </div>
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
              data-testid="studio-enter"
              onClick={() => {
                setChoice(preview.choice);
                onEnter();
              }}
            >
              {t('studio.preview.enter')}
            </button>
          </div>
        </>
      ) : (
        <InStudio {...props} choice={choice} room={room} />
      )}
    </section>
  );
}

function InStudio({
  eventId,
  state,
  role,
  speakerId,
  room,
  choice,
  slidesVersion,
}: BackstagePanelProps & { choice: DeviceChoice }) {
  const { t } = useTranslation();
  const [wanted, setWanted] = useState({ camera: true, microphone: true });
  const [mediaError, setMediaError] = useState<LiveError | null>(null);
  const connection = room.connection;
  const local = connection?.room.localParticipant ?? null;
  const version = connection?.version ?? 0;

  // Publishes what the person wants, once joined and after each switch.
  useEffect(() => {
    if (!local) return;
    const camera =
      local.isCameraEnabled === wanted.camera
        ? null
        : local.setCameraEnabled(wanted.camera, choice.camera ? { deviceId: choice.camera } : {});
    const microphone =
      local.isMicrophoneEnabled === wanted.microphone
        ? null
        : local.setMicrophoneEnabled(
            wanted.microphone,
            choice.microphone ? { deviceId: choice.microphone } : {},
          );
    Promise.all([camera, microphone]).then(
      () => setMediaError(null),
      (error: unknown) => setMediaError(liveErrorFrom(error)),
    );
  }, [local, wanted, choice]);

  const camera = local?.getTrackPublication(Track.Source.Camera);
  const ownVideo = camera?.track && !camera.isMuted ? camera.track : null;
  const onAir = state.onAir && speakerId === state.onAir.speaker.id ? state.onAir : null;
  const status =
    role === 'moderator'
      ? state.status === 'live'
        ? t('studio.backstage.moderatorOnAir')
        : t('studio.backstage.moderatorBefore')
      : onAir
        ? onAir.mode === 'audioOnly'
          ? t('studio.backstage.onAirAudio')
          : t('studio.backstage.onAir')
        : t('studio.backstage.waiting');

  return (
    <div className="studio-self" data-testid="studio-self" data-version={version}>
      <p
        className={`studio-self-status${onAir || role === 'moderator' ? ' studio-self-on-air' : ''}`}
        role="status"
        data-testid="studio-self-status"
        data-on-air={onAir !== null}
      >
        {status}
      </p>
      {room.error && (
        <>
          <LiveProblemText error={room.error} />
          <button type="button" onClick={room.retry}>
            {t('studio.backstage.rejoin')}
          </button>
        </>
      )}
      {!connection && !room.error && <p className="muted">{t('studio.stream.connecting')}</p>}
      <div className="live-stage">
        {ownVideo ? (
          <LiveVideo
            track={ownVideo}
            label={t('studio.backstage.you')}
            mirrored
            testId="studio-own-camera"
          />
        ) : (
          <div className="live-stage-empty">
            <p>{t('studio.backstage.cameraOff')}</p>
          </div>
        )}
      </div>
      <div className="live-toggles">
        <button
          type="button"
          aria-pressed={wanted.camera}
          disabled={!local}
          onClick={() => setWanted((value) => ({ ...value, camera: !value.camera }))}
        >
          {t('studio.backstage.camera')}
        </button>
        <button
          type="button"
          aria-pressed={wanted.microphone}
          disabled={!local}
          onClick={() => setWanted((value) => ({ ...value, microphone: !value.microphone }))}
        >
          {t('studio.backstage.microphone')}
        </button>
      </div>
      {mediaError && <LiveProblemText error={mediaError} />}
      {role === 'speaker' && speakerId && (
        <SlidesUpload eventId={eventId} speakerId={speakerId} slidesVersion={slidesVersion} />
      )}
    </div>
  );
}
