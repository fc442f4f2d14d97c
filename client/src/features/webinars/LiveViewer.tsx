/**
 * Watching a stand's live webinar: the host's video (the shared screen larger, the camera
 * small), the sound, how many are watching, the visitor's hand and stage, and the stand chat
 * beside it (the stand chat is the webinar's chat). Where the connection stands is said in
 * words and announced politely; when the host ends the webinar it says so and stays open for
 * the chat. Joins when shown, leaves when closed or left.
 */
import type { Webinar } from '@salon/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import type { LiveSession } from '../../live/joinWebinar.ts';
import { audienceCount, isHostPresent } from '../../live/liveParticipants.ts';
import { isPassing } from '../../live/LiveError.ts';
import { useJoinWebinar } from '../../live/useJoinWebinar.ts';
import { useLiveVersion } from '../../live/useLiveVersion.ts';
import { Heading, type HeadingLevel } from '../../ui/Heading.tsx';
import { StandChat } from '../stands/chat/StandChat.tsx';
import { liveStatus } from './liveStatus.ts';
import { LiveStage } from './LiveStage.tsx';
import { ViewerStage } from './ViewerStage.tsx';
import './webinars.css';

interface LiveViewerProps {
  webinar: Webinar;
  level: HeadingLevel;
  compact?: boolean;
  onClose: () => void;
}

export function LiveViewer({ webinar, level, compact = false, onClose }: LiveViewerProps) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const { session, error, retry } = useJoinWebinar(webinar.id);
  useLiveVersion(session);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const participants = session?.participants() ?? [];
  const status = liveStatus(
    session && {
      state: session.state,
      end: session.end,
      problem: session.problem,
      hostPresent: isHostPresent(participants),
    },
    error,
  );
  const over = status.tone === 'over';
  const title = pick(webinar.title);
  return (
    <section
      className={compact ? 'live-viewer live-viewer-compact' : 'live-viewer'}
      aria-label={t('live.viewer.label', { title })}
      data-testid="live-viewer"
      data-state={session?.end ? 'ended' : (session?.state ?? (error ? 'failed' : 'connecting'))}
    >
      <div className="live-viewer-main">
        <header className="live-viewer-head">
          {!over && session?.state === 'connected' && (
            <span className="live-badge">
              <span className="live-dot" aria-hidden="true" /> {t('live.status.live')}
            </span>
          )}
          <Heading level={level} ref={heading} tabIndex={-1} className="live-viewer-title">
            {title}
          </Heading>
        </header>
        <p
          className={`live-status live-status-${status.tone}`}
          role="status"
          data-testid="live-status"
        >
          {status.detail ?? t(status.key)}
        </p>
        {error && isPassing(error.kind) && (
          <button type="button" onClick={retry}>
            {t('live.retry')}
          </button>
        )}
        {session && !over && <Watching session={session} />}
        <div className="webinar-actions">
          <button type="button" onClick={onClose}>
            {over || error ? t('live.viewer.close') : t('live.viewer.leave')}
          </button>
        </div>
      </div>
      <StandChat exhibitorId={webinar.exhibitorId} level={level} />
    </section>
  );
}

function Watching({ session }: { session: LiveSession }) {
  const { t } = useTranslation();
  const audience = audienceCount(session.participants());
  return (
    <>
      <LiveStage session={session} />
      {!session.room.canPlaybackAudio && (
        <div className="live-sound" role="alert">
          <span>{t('live.viewer.soundBlocked')}</span>{' '}
          <button type="button" className="primary" onClick={() => void session.room.startAudio()}>
            {t('live.viewer.sound')}
          </button>
        </div>
      )}
      <p className="muted" data-testid="live-audience">
        {t('live.viewer.audience', { count: audience })}
      </p>
      <ViewerStage session={session} />
    </>
  );
}
