/**
 * The stand chat, reusable: `<StandChat exhibitorId moderation={false} />` for visitors (hidden
 * messages leave), `moderation` for the stand's staff (every message, hidden ones marked, and a
 * Hide button). History on entry with "Load earlier", live messages, a "reconnecting" note when
 * the stream drops. The list follows new messages only when the reader is already at the
 * bottom; otherwise a button says there are new ones. Messages from others are announced
 * politely to screen readers, one at a time.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../../session/sessionStore.ts';
import { ErrorText } from '../../../ui/ErrorText.tsx';
import { Heading, type HeadingLevel } from '../../../ui/Heading.tsx';
import { ChatComposer } from './ChatComposer.tsx';
import { ChatMessageItem } from './ChatMessageItem.tsx';
import { useStandChat } from './useStandChat.ts';
import './chat.css';

interface StandChatProps {
  exhibitorId: string;
  moderation?: boolean;
  /** The heading's level where the chat sits: 2 on a page, 3 in a panel. */
  level?: HeadingLevel;
}

/** Within this many pixels of the end counts as "at the bottom". */
const BOTTOM_SLACK_PX = 40;

export function StandChat({ exhibitorId, moderation = false, level = 2 }: StandChatProps) {
  const { t } = useTranslation();
  const chat = useStandChat(exhibitorId, moderation);
  const me = useSessionStore((state) => state.user?.id);
  const list = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  /** Set before "Load earlier": the scroll height to keep the reader's place against. */
  const keepPlace = useRef<{ height: number; top: number } | null>(null);
  /** The same as atBottom, as state: what the "new messages" button is drawn from. */
  const [following, setFollowing] = useState(true);
  const { messages } = chat.state;
  const newest = messages.at(-1)?.id;
  const [seenNewest, setSeenNewest] = useState(newest);
  if (following && seenNewest !== newest) setSeenNewest(newest);
  // A new last message while reading further up: offer to jump, do not pull the reader away.
  const unseen = !following && newest !== seenNewest;

  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const place = keepPlace.current;
    if (place) {
      keepPlace.current = null;
      element.scrollTop = element.scrollHeight - place.height + place.top;
      return;
    }
    if (atBottom.current) element.scrollTop = element.scrollHeight;
  }, [messages]);

  const onScroll = () => {
    const element = list.current;
    if (!element) return;
    atBottom.current =
      element.scrollHeight - element.scrollTop - element.clientHeight <= BOTTOM_SLACK_PX;
    setFollowing(atBottom.current);
  };

  const toBottom = () => {
    const element = list.current;
    if (!element) return;
    atBottom.current = true;
    setFollowing(true);
    element.scrollTop = element.scrollHeight;
  };

  const loadEarlier = () => {
    const element = list.current;
    if (element) keepPlace.current = { height: element.scrollHeight, top: element.scrollTop };
    void chat.loadEarlier();
  };

  const send = async (body: string) => {
    await chat.post(body);
    atBottom.current = true;
  };

  return (
    <section
      className={moderation ? 'stand-chat stand-chat-moderation' : 'stand-chat'}
      data-testid="stand-chat"
      data-status={chat.status}
    >
      <div className="stand-chat-head">
        <Heading level={level}>{t('chat.title')}</Heading>
        <span className={`chat-status chat-status-${chat.status}`} role="status">
          {t(`chat.status.${chat.status}`)}
        </span>
      </div>
      <div
        className="chat-list"
        ref={list}
        onScroll={onScroll}
        // Focusable so that keyboard users can scroll the history.
        tabIndex={0}
        role="region"
        aria-label={t('chat.messages')}
      >
        {chat.state.nextBefore && (
          <p className="chat-earlier">
            <button type="button" onClick={loadEarlier} disabled={chat.loadingEarlier}>
              {chat.loadingEarlier ? t('common.loading') : t('chat.loadEarlier')}
            </button>
            {chat.earlierError && <ErrorText error={chat.earlierError} />}
          </p>
        )}
        {!chat.state.loaded && !chat.historyError && (
          <p className="state" role="status">
            <span className="spinner" aria-hidden="true" /> {t('common.loading')}
          </p>
        )}
        {chat.historyError && (
          <div className="state state-error" role="alert">
            <ErrorText error={chat.historyError} />{' '}
            <button type="button" onClick={() => void chat.retryHistory()}>
              {t('common.retry')}
            </button>
          </div>
        )}
        {chat.state.loaded && messages.length === 0 && <p className="state">{t('chat.empty')}</p>}
        <ol className="chat-messages">
          {messages.map((message) => (
            <ChatMessageItem
              key={message.id}
              message={message}
              own={message.author.id === me}
              moderation={moderation}
              onHide={chat.hide}
            />
          ))}
        </ol>
      </div>
      {unseen && (
        <button type="button" className="chat-unseen" onClick={toBottom}>
          {t('chat.newBelow')}
        </button>
      )}
      <p className="visually-hidden" aria-live="polite">
        {chat.arrived &&
          t('chat.arrived', { name: chat.arrived.author.displayName, body: chat.arrived.body })}
      </p>
      <ChatComposer onSend={send} />
    </section>
  );
}
