/** A short-lived sentence when the server declined what the visitor asked (or we are offline). */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHallLive } from '../../multiplayer/hallLiveStore.ts';

const SHOWN_MS = 4000;

export function HallNotice() {
  const { t } = useTranslation();
  const notice = useHallLive((state) => state.notice);
  const [hiddenAt, setHiddenAt] = useState(0);
  useEffect(() => {
    if (!notice) return;
    const timer = setTimeout(() => setHiddenAt(notice.at), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [notice]);
  if (!notice || hiddenAt === notice.at) return null;
  return (
    <p className="hall-notice" role="alert">
      {t(`hall.notice.${notice.kind}`)}
    </p>
  );
}
