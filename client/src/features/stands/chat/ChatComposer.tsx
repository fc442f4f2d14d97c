/**
 * Writing to the stand chat: Enter sends, Shift+Enter starts a new line (and Enter while an IME
 * is composing stays with the IME). A counter shows the room left of the 1000 characters; the
 * draft is kept when sending fails, and a rate limit is explained in plain words.
 */
import { CHAT_MESSAGE_MAX } from '@salon/shared';
import { useId, useState, type KeyboardEvent, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/apiClient.ts';
import { ErrorText } from '../../../ui/ErrorText.tsx';

interface ChatComposerProps {
  onSend: (body: string) => Promise<void>;
}

export function ChatComposer({ onSend }: ChatComposerProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | null>(null);
  const id = useId();
  const length = draft.trim().length;
  const over = length > CHAT_MESSAGE_MAX;

  const send = async () => {
    if (busy || length === 0 || over) return;
    setBusy(true);
    setError(null);
    try {
      await onSend(draft);
      setDraft('');
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
    <form className="chat-composer" onSubmit={submit}>
      <label htmlFor={`${id}-body`} className="visually-hidden">
        {t('chat.label')}
      </label>
      <textarea
        id={`${id}-body`}
        rows={2}
        value={draft}
        placeholder={t('chat.placeholder')}
        aria-describedby={`${id}-help ${id}-count`}
        aria-invalid={over || undefined}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <div className="chat-composer-bar">
        <span id={`${id}-help`} className="muted">
          {t('chat.help')}
        </span>
        <span id={`${id}-count`} className={over ? 'chat-count chat-count-over' : 'chat-count'}>
          {over
            ? t('chat.tooLong', { count: length - CHAT_MESSAGE_MAX })
            : t('chat.count', { count: length, max: CHAT_MESSAGE_MAX })}
        </span>
        <button type="submit" className="primary" disabled={busy || length === 0 || over}>
          {t('chat.send')}
        </button>
      </div>
      {rateLimited ? (
        <p className="error-text" role="alert">
          {t('chat.tooFast')}
        </p>
      ) : (
        error && <ErrorText error={error} />
      )}
    </form>
  );
}
