/**
 * The stand chat as its staff answer it: the visitor side's StandChat with moderation, which
 * shows hidden messages marked and a Hide button on each. The dashboard writes no chat of its own.
 */
import { useTranslation } from 'react-i18next';
import { StandChat } from '../../stands/chat/StandChat.tsx';

export function ChatSection({ exhibitorId }: { exhibitorId: string }) {
  const { t } = useTranslation();
  return (
    <div className="dashboard-stack">
      <p className="muted">{t('dashboard.chat.lead')}</p>
      <StandChat exhibitorId={exhibitorId} moderation level={2} />
    </div>
  );
}
