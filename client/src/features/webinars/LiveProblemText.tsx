/** A live-video problem in the interface's words (the api's sentence where ours is general). */
import { useTranslation } from 'react-i18next';
import type { LiveError } from '../../live/LiveError.ts';

export function LiveProblemText({ error }: { error: LiveError }) {
  const { t } = useTranslation();
  const own = error.kind === 'forbidden' || error.kind === 'unknown';
  return (
    <p className="problem" role="alert">
      {own && error.detail ? error.detail : t(`live.problem.${error.kind}`)}
    </p>
  );
}
