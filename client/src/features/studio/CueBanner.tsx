/**
 * The producer's cue, large, for the person it is for: announced to screen readers when it
 * arrives, "on air in 10 s" counting down each second.
 */
import type { StudioState } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useNow } from '../webinars/useNow.ts';
import { cueView } from './cueView.ts';

export function CueBanner({
  cue,
  speakerId,
}: {
  cue: StudioState['cue'];
  speakerId: string | null;
}) {
  const { t } = useTranslation();
  const now = useNow(500);
  const view = cueView(cue, speakerId, now);
  return (
    <div aria-live="assertive" className="studio-cue-region">
      {view && (
        <div
          className={`studio-cue studio-cue-${view.kind}`}
          data-testid="studio-cue"
          data-kind={view.kind}
        >
          <p className="studio-cue-label">{t('studio.cue.label')}</p>
          <p className="studio-cue-text">
            {view.secondsLeft !== null
              ? t('studio.cue.countdown', { seconds: view.secondsLeft })
              : t(`studio.cue.kinds.${view.kind}`)}
          </p>
          {view.text && <p className="studio-cue-message">{view.text}</p>}
        </div>
      )}
    </div>
  );
}
