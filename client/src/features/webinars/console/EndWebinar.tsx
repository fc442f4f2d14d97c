/**
 * "End webinar" behind an inline confirmation: ending closes the room for everyone and cannot
 * be undone. The api answers once LiveKit has closed the room.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { refreshWebinar } from '../../../api/webinars.ts';
import { setLive } from '../../../live/liveApi.ts';
import { liveErrorFrom } from '../../../live/LiveError.ts';
import { LiveProblemText } from '../LiveProblemText.tsx';

export function EndWebinar({ webinarId, onEnded }: { webinarId: string; onEnded: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const end = useMutation({
    mutationFn: () => setLive(webinarId, false),
    onSuccess: (webinar) => {
      refreshWebinar(client, webinar);
      onEnded();
    },
  });
  useEffect(() => {
    if (confirming) yes.current?.focus();
  }, [confirming]);

  return (
    <div className="end-webinar">
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('live.console.endConfirm')}>
          <span>{t('live.console.endConfirm')}</span>
          <button
            ref={yes}
            type="button"
            className="danger"
            disabled={end.isPending}
            onClick={() => end.mutate()}
          >
            {t('live.console.endYes')}
          </button>
          <button type="button" disabled={end.isPending} onClick={() => setConfirming(false)}>
            {t('live.console.keepGoing')}
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('live.console.end')}
        </button>
      )}
      {end.isError && <LiveProblemText error={liveErrorFrom(end.error)} />}
    </div>
  );
}
