/**
 * One message of the event chat: who wrote it and when, its text (as text, never markup), its
 * state where the reader should know it (waiting, not published, answered, hidden), and what
 * the reader may do with it: vote for an approved question, jump to its answer in the
 * recording, or, for the chat expert, the moderation actions that apply to it now.
 */
import {
  MODERATION_ACTIONS,
  canVoteOn,
  moderate,
  type ForumMessage,
  type ModerationAction,
} from '@salon/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { formatMediaTime } from '../event/mediaTime.ts';
import { useRecordingSeek } from '../event/recordingSeek.ts';
import { formatChatTime } from '../stands/chat/formatChatTime.ts';

const ACTIONS = Object.keys(MODERATION_ACTIONS) as ModerationAction[];

export interface ChatItemOptions {
  /** The reader's own votes; null when they may not vote (a guest, the chat closed). */
  myVotes: readonly string[] | null;
  onVote: (messageId: string, voted: boolean) => Promise<void>;
  /** Set for the event's chat expert. */
  onModerate: ((messageId: string, action: ModerationAction) => Promise<void>) | null;
  /** Answers can be watched: the recording is ready on this page. */
  canSeek: boolean;
  me: string | null;
}

export function EventChatItem({
  message,
  options,
}: {
  message: ForumMessage;
  options: ChatItemOptions;
}) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const seek = useRecordingSeek((state) => state.seek);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const { myVotes, onModerate } = options;

  const act = async (run: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await run();
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };

  const voted = myVotes?.includes(message.id) ?? false;
  const mine = options.me !== null && message.author.id === options.me;
  const actions = onModerate ? ACTIONS.filter((action) => moderate(message, action)) : [];
  const classes = ['event-chat-item', `event-chat-${message.state}`];
  if (message.author.isStaff) classes.push('event-chat-staff');

  return (
    <li className={classes.join(' ')} data-testid="event-chat-item" data-state={message.state}>
      <div className="event-chat-meta">
        <span className="event-chat-author">{message.author.displayName}</span>
        {message.author.isStaff && <span className="chat-badge">{t('eventChat.staff')}</span>}
        {mine && <span className="chat-badge">{t('eventChat.you')}</span>}
        <time className="muted" dateTime={message.createdAt}>
          {formatChatTime(message.createdAt, locale, new Date())}
        </time>
        {message.state !== 'approved' && message.state !== 'visible' && (
          <span className={`event-chat-state event-chat-state-${message.state}`}>
            {t(`eventChat.state.${message.state}`)}
          </span>
        )}
      </div>
      <p className="event-chat-body">{message.body}</p>
      <div className="event-chat-actions">
        {canVoteOn(message.kind, message.state) && (
          <button
            type="button"
            className="event-chat-vote"
            aria-pressed={voted}
            disabled={busy || myVotes === null}
            aria-label={t(voted ? 'eventChat.unvote' : 'eventChat.vote', {
              count: message.votes,
            })}
            onClick={() => void act(() => options.onVote(message.id, !voted))}
          >
            ▲ <span data-testid="event-chat-votes">{message.votes}</span>
          </button>
        )}
        {message.state === 'answered' &&
          message.answeredAtSeconds !== null &&
          (options.canSeek ? (
            <button
              type="button"
              className="link-button"
              onClick={() => seek(message.answeredAtSeconds ?? 0)}
            >
              {t('eventChat.watchAnswer', { time: formatMediaTime(message.answeredAtSeconds) })}
            </button>
          ) : (
            <span className="muted">
              {t('eventChat.answeredAt', { time: formatMediaTime(message.answeredAtSeconds) })}
            </span>
          ))}
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            disabled={busy}
            onClick={() => void act(() => onModerate?.(message.id, action) ?? Promise.resolve())}
          >
            {t(`eventChat.action.${action}`)}
          </button>
        ))}
      </div>
      {error && <ErrorText error={error} />}
    </li>
  );
}
