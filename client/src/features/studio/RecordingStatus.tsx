/**
 * How the program's recording is doing, for the producer: not started before going live;
 * chunks and megabytes uploaded while live (and a word when a chunk is being retried); being
 * saved after the end; then ready, with a link. After the end it also asks the api, so a
 * producer who reopens the studio sees the recording too.
 */
import type { StudioState } from '@salon/shared';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ProgramRecorder } from './ProgramRecorder.ts';
import { fetchRecording } from './studioApi.ts';

interface RecordingStatusProps {
  eventId: string;
  state: StudioState;
  recorder: ProgramRecorder | null;
}

export function RecordingStatus({ eventId, state, recorder }: RecordingStatusProps) {
  const { t } = useTranslation();
  const status = recorder?.status ?? null;
  const finishing = status?.phase === 'finishing';
  const saved = useQuery({
    queryKey: ['recording', eventId],
    queryFn: ({ signal }) => fetchRecording(eventId, signal),
    enabled: state.status === 'ended' && !finishing,
    refetchInterval: (query) =>
      query.state.data?.status === 'processing' || query.state.data?.status === 'recording'
        ? 3000
        : false,
  });
  const recording = status?.recording ?? saved.data ?? null;

  let text: string;
  if (status?.phase === 'failed')
    text = t('studio.recording.failed', { reason: status.error ?? '' });
  else if (recording?.status === 'ready') text = t('studio.recording.ready');
  else if (finishing) text = t('studio.recording.finishing');
  else if (status?.phase === 'recording')
    text = t('studio.recording.recording', {
      chunks: status.upload.sent,
      size: (status.upload.sizeBytes / 1_000_000).toFixed(1),
    });
  else if (recording && state.status === 'ended')
    text = t(`studio.recording.status.${recording.status}`);
  else text = t('studio.recording.idle');

  return (
    <div
      className="studio-recording"
      data-testid="studio-recording"
      data-phase={status?.phase ?? 'idle'}
      data-status={recording?.status ?? 'none'}
    >
      <h3>{t('studio.recording.title')}</h3>
      <p role="status">
        {status?.phase === 'recording' && <span className="live-dot" aria-hidden="true" />} {text}
      </p>
      {status?.phase === 'recording' && status.upload.failures > 0 && (
        <p className="muted">{t('studio.recording.retrying')}</p>
      )}
      {recording?.status === 'ready' && recording.url && (
        <a href={recording.url} target="_blank" rel="noreferrer">
          {t('studio.recording.open')}
        </a>
      )}
    </div>
  );
}
