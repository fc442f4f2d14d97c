/**
 * One chat message: author (badged when staff of the stand), time, and the body as plain text
 * with its line breaks: React text, never markup. In moderation a Hide button, and hidden
 * messages stay in view, marked.
 */
import type { ChatMessage } from '@salon/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../../i18n/i18n.ts';
import { ErrorText } from '../../../ui/ErrorText.tsx';
import { formatChatTime } from './formatChatTime.ts';

interface ChatMessageItemProps {
  message: ChatMessage;
  own: boolean;
  moderation: boolean;
  onHide: (messageId: string) => Promise<void>;
}

export function ChatMessageItem({ message, own, moderation, onHide }: ChatMessageItemProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [hiding, setHiding] = useState(false);
  const [error, setError] = useState<Error | null>(null);

  const hide = async () => {
    setHiding(true);
    setError(null);
    try {
      await onHide(message.id);
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setHiding(false);
    }
  };

  const classes = ['chat-message'];
  if (own) classes.push('chat-own');
  if (message.author.isStaff) classes.push('chat-staff');
  if (message.hidden) classes.push('chat-hidden');
  return (
    <li className={classes.join(' ')} data-message-id={message.id}>
      <div className="chat-meta">
        <strong>{message.author.displayName}</strong>
        {message.author.isStaff && <span className="chat-badge">{t('chat.staff')}</span>}
        {own && <span className="visually-hidden">{t('chat.you')}</span>}
        <time dateTime={message.createdAt} className="muted">
          {formatChatTime(message.createdAt, locale, new Date())}
        </time>
        {message.hidden && <span className="chat-badge chat-badge-hidden">{t('chat.hidden')}</span>}
      </div>
      <p className="chat-body">{message.body}</p>
      {moderation && !message.hidden && (
        <button
          type="button"
          className="link-button"
          disabled={hiding}
          onClick={() => void hide()}
          aria-label={t('chat.hideFrom', { name: message.author.displayName })}
        >
          {t('chat.hide')}
        </button>
      )}
      {error && <ErrorText error={error} />}
    </li>
  );
}
