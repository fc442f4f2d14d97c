/**
 * The event's moderated chat beside the player. Viewers see approved questions by votes and
 * comments as they come; their own questions show as waiting until the chat expert approves
 * them. The event's chat staff (`moderation`) also see everyone's waiting questions; the chat
 * expert (`canModerate`) approves, rejects, marks answered, hides and unhides. Guests are asked
 * to sign in before they write; once the event is over the chat is closed for writing.
 */
import type { ModerationAction } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSessionStore } from '../../session/sessionStore.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { chatSections } from './chatSections.ts';
import { EventChatComposer } from './EventChatComposer.tsx';
import { EventChatItem, type ChatItemOptions } from './EventChatItem.tsx';
import { useEventChat, type ChatNews } from './useEventChat.ts';
import './eventChat.css';

interface EventChatProps {
  eventId: string;
  /** Sees waiting questions (the event's chat expert, producer, moderator). */
  moderation: boolean;
  /** Approves, rejects, answers, hides (the event's chat expert). */
  canModerate: boolean;
  /** The event is over: no more writing; answers link into the recording when it is ready. */
  over: boolean;
  canSeek: boolean;
  onNews: (news: ChatNews) => void;
}

export function EventChat(props: EventChatProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const kind = useSessionStore((state) => state.kind);
  const chat = useEventChat(props.eventId, props.moderation, props.onNews);
  const sections = chatSections(Object.values(chat.state.byId));
  const signedIn = kind === 'account';

  const options: ChatItemOptions = {
    myVotes: signedIn ? chat.state.myVotes : null,
    onVote: chat.vote,
    onModerate: props.canModerate
      ? (messageId: string, action: ModerationAction) => chat.moderate(messageId, action)
      : null,
    canSeek: props.canSeek,
    me: chat.me,
  };

  return (
    <section className="event-chat" aria-labelledby="event-chat-title" data-testid="event-chat">
      <header className="event-chat-header">
        <h2 id="event-chat-title">{t('eventChat.title')}</h2>
        <span
          className={`connection connection-${chat.status === 'live' ? 'connected' : chat.status}`}
        >
          <span className="connection-dot" aria-hidden="true" />
          {t(`eventChat.stream.${chat.status}`)}
        </span>
      </header>
      {props.moderation && (
        <p className="event-chat-role">
          {props.canModerate ? t('eventChat.youModerate') : t('eventChat.youSeePending')}
        </p>
      )}
      {chat.historyError && !chat.state.loaded && (
        <div className="state state-error" role="alert">
          <ErrorText error={chat.historyError} />{' '}
          <button type="button" onClick={() => void chat.retryHistory()}>
            {t('common.retry')}
          </button>
        </div>
      )}

      {sections.pending.length > 0 && (
        <section aria-labelledby="event-chat-pending" data-testid="event-chat-pending">
          <h3 id="event-chat-pending">
            {props.moderation ? t('eventChat.pendingForExpert') : t('eventChat.pendingMine')} (
            {sections.pending.length})
          </h3>
          <ul className="event-chat-list">
            {sections.pending.map((message) => (
              <EventChatItem key={message.id} message={message} options={options} />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="event-chat-questions" data-testid="event-chat-questions">
        <h3 id="event-chat-questions">{t('eventChat.questions')}</h3>
        {sections.questions.length === 0 ? (
          <p className="muted">
            {chat.state.loaded ? t('eventChat.noQuestions') : t('common.loading')}
          </p>
        ) : (
          <ul className="event-chat-list">
            {sections.questions.map((message) => (
              <EventChatItem key={message.id} message={message} options={options} />
            ))}
          </ul>
        )}
      </section>

      {sections.rejected.length > 0 && (
        <section aria-labelledby="event-chat-rejected">
          <h3 id="event-chat-rejected">
            {props.moderation ? t('eventChat.rejectedAll') : t('eventChat.rejectedMine')}
          </h3>
          <ul className="event-chat-list">
            {sections.rejected.map((message) => (
              <EventChatItem key={message.id} message={message} options={options} />
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="event-chat-comments" data-testid="event-chat-comments">
        <h3 id="event-chat-comments">{t('eventChat.comments')}</h3>
        {chat.state.nextBefore && (
          <button
            type="button"
            disabled={chat.loadingEarlier}
            onClick={() => void chat.loadEarlier()}
          >
            {t('eventChat.earlier')}
          </button>
        )}
        {chat.earlierError && <ErrorText error={chat.earlierError} />}
        {sections.comments.length === 0 ? (
          <p className="muted">{chat.state.loaded ? t('eventChat.noComments') : ''}</p>
        ) : (
          <ul className="event-chat-list" aria-live="polite" aria-relevant="additions">
            {sections.comments.map((message) => (
              <EventChatItem key={message.id} message={message} options={options} />
            ))}
          </ul>
        )}
      </section>

      {props.over ? (
        <p className="event-chat-closed">{t('eventChat.closed')}</p>
      ) : signedIn ? (
        <EventChatComposer onSend={chat.post} />
      ) : (
        <p className="event-chat-signin">
          {t('eventChat.signInToWrite')}{' '}
          <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>
            {t('eventChat.signIn')}
          </Link>
        </p>
      )}
    </section>
  );
}
