/**
 * Writing to the event chat: a question (it waits for the chat expert) or a comment (shown at
 * once). Enter sends, Shift+Enter starts a new line, Enter while an IME composes stays with the
 * IME. The draft is kept when sending fails; a rate limit is explained in plain words.
 */
import { FORUM_MESSAGE_MAX, type ForumMessageKind } from '@salon/shared';
import { useId, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/apiClient.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';

interface EventChatComposerProps {
  onSend: (kind: ForumMessageKind, body: string) => Promise<void>;
}

export function EventChatComposer({ onSend }: EventChatComposerProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ForumMessageKind>('question');
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const [sent, setSent] = useState<ForumMessageKind | null>(null);
  const id = useId();
  const length = draft.trim().length;
  const over = length > FORUM_MESSAGE_MAX;

  const send = async () => {
    if (busy || length === 0 || over) return;
    setBusy(true);
    setError(null);
    setSent(null);
    try {
      await onSend(kind, draft);
      setDraft('');
      setSent(kind);
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setBusy(false);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void send();
  };

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    void send();
  };

  const rateLimited = error instanceof ApiError && error.status === 429;
  return (
    <form className="event-chat-composer" onSubmit={submit} data-testid="event-chat-composer">
      <fieldset className="event-chat-kind">
        <legend className="visually-hidden">{t('eventChat.kindLegend')}</legend>
        {(['question', 'comment'] as const).map((option) => (
          <label key={option}>
            <input
              type="radio"
              name={`${id}-kind`}
              value={option}
              checked={kind === option}
              onChange={() => setKind(option)}
            />{' '}
            {t(`eventChat.kind.${option}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-body`} className="visually-hidden">
        {t(`eventChat.label.${kind}`)}
      </label>
      <textarea
        id={`${id}-body`}
        rows={3}
        value={draft}
        placeholder={t(`eventChat.placeholder.${kind}`)}
        aria-describedby={`${id}-help ${id}-count`}
        aria-invalid={over || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="event-chat-composer-bar">
        <span id={`${id}-help`} className="muted">
          {t(`eventChat.help.${kind}`)}
        </span>
        <span
          id={`${id}-count`}
          className={over ? 'event-chat-count event-chat-count-over' : 'event-chat-count'}
        >
          {over
            ? t('eventChat.tooLong', { count: length - FORUM_MESSAGE_MAX })
            : t('eventChat.count', { count: length, max: FORUM_MESSAGE_MAX })}
        </span>
        <button type="submit" className="primary" disabled={busy || length === 0 || over}>
          {t(`eventChat.send.${kind}`)}
        </button>
      </div>
      {sent === 'question' && !error && (
        <p className="muted" role="status">
          {t('eventChat.sentQuestion')}
        </p>
      )}
      {rateLimited ? (
        <p className="error-text" role="alert">
          {t('eventChat.tooFast')}
        </p>
      ) : (
        error && <ErrorText error={error} />
      )}
    </form>
  );
}
