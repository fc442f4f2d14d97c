/**
 * After the event: the viewer rates it from 1 to 5 (radio buttons, so arrows and Tab work as
 * everywhere) with an optional comment. Once sent, and on every later visit, it thanks them and
 * shows their own rating, which they may change. The event's own staff, whom the api refuses
 * (`event.feedback.leave`), are told why instead of being offered the form.
 */
import { canOnEvent, type EventRole, type Feedback } from '@salon/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionStore } from '../../session/sessionStore.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { fetchMyFeedback, saveFeedback } from './feedbackApi.ts';
import { RatingInput } from './RatingInput.tsx';
import './feedback.css';

const COMMENT_MAX = 2000;

export function EventFeedback({
  eventId,
  roles,
}: {
  eventId: string;
  /** The viewer's roles at this event. */
  roles: readonly EventRole[];
}) {
  const { t } = useTranslation();
  const userId = useSessionStore((state) => state.user?.id ?? '');
  const mayRate = canOnEvent(roles, 'event.feedback.leave');
  const key = ['forum-feedback-mine', eventId, userId];
  const mine = useQuery({
    queryKey: key,
    queryFn: () => fetchMyFeedback(eventId),
    enabled: mayRate,
  });
  const [editing, setEditing] = useState(false);

  return (
    <section
      className="event-feedback"
      aria-labelledby="event-feedback-title"
      data-testid="event-feedback"
    >
      <h2 id="event-feedback-title">{t('feedback.title')}</h2>
      {!mayRate ? (
        <p data-testid="feedback-own-event">{t('feedback.ownEvent')}</p>
      ) : mine.isPending ? (
        <p role="status">
          <span className="spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      ) : mine.error ? (
        <p role="alert">
          <ErrorText error={mine.error} />{' '}
          <button type="button" onClick={() => void mine.refetch()}>
            {t('common.retry')}
          </button>
        </p>
      ) : mine.data && !editing ? (
        <div role="status" data-testid="feedback-thanks">
          <p>{t('feedback.thanks')}</p>
          <p>
            {t('feedback.yourRating', { rating: mine.data.rating })}{' '}
            <span aria-hidden="true">{'★'.repeat(mine.data.rating)}</span>
          </p>
          {mine.data.comment && <p className="feedback-comment">{mine.data.comment}</p>}
          <button type="button" onClick={() => setEditing(true)}>
            {t('feedback.change')}
          </button>
        </div>
      ) : (
        <FeedbackForm
          eventId={eventId}
          initial={mine.data ?? null}
          queryKey={key}
          onDone={() => setEditing(false)}
        />
      )}
    </section>
  );
}

function FeedbackForm({
  eventId,
  initial,
  queryKey,
  onDone,
}: {
  eventId: string;
  initial: Feedback | null;
  queryKey: readonly unknown[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const queryClient = useQueryClient();
  const [rating, setRating] = useState<number | null>(initial?.rating ?? null);
  const [comment, setComment] = useState(initial?.comment ?? '');
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: (input: { rating: number; comment: string }) =>
      saveFeedback(eventId, { rating: input.rating, comment: input.comment.trim() || null }),
    onSuccess: (saved) => {
      queryClient.setQueryData(queryKey, saved);
      onDone();
    },
  });

  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (rating === null) {
      setMissing(true);
      return;
    }
    save.mutate({ rating, comment });
  };

  return (
    <form className="feedback-form" onSubmit={submit} noValidate>
      <p>{t('feedback.lead')}</p>
      <RatingInput
        value={rating}
        onChange={(value) => {
          setRating(value);
          setMissing(false);
        }}
        invalid={missing}
      />
      {missing && (
        <p className="error-text" role="alert">
          {t('feedback.pickRating')}
        </p>
      )}
      <label htmlFor={`${id}-comment`}>{t('feedback.comment')}</label>
      <textarea
        id={`${id}-comment`}
        rows={3}
        maxLength={COMMENT_MAX}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
      />
      <div>
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('feedback.send')}
        </button>
      </div>
      {save.error && <ErrorText error={save.error} />}
    </form>
  );
}
