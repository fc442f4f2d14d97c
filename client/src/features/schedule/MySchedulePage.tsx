/**
 * /schedule: the webinars and forum events the visitor plans to attend, in time order, each
 * with "Remove", and "Download calendar (.ics)" to take them into their own calendar app.
 * Guests keep theirs in this browser (told so); accounts have it everywhere.
 */
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSessionStore } from '../../session/sessionStore.ts';
import { withSession } from '../../session/withSession.ts';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { localTimeZone } from '../webinars/webinarTime.ts';
import { downloadCalendar, useMySchedule, useRemoveFromSchedule } from './scheduleQueries.ts';
import { ScheduleEntry } from './ScheduleEntry.tsx';
import '../webinars/webinars.css';

export function MySchedulePage() {
  const { t } = useTranslation();
  const kind = useSessionStore((state) => state.kind);
  const schedule = useMySchedule();
  const remove = useRemoveFromSchedule();
  const [removed, setRemoved] = useState('');
  const calendar = useMutation({ mutationFn: () => withSession(downloadCalendar) });
  const items = schedule.data?.items ?? [];

  return (
    <section className="my-schedule">
      <h1>{t('schedule.title')}</h1>
      <p className="lead">{t('schedule.lead')}</p>
      {kind === 'guest' && <p className="muted">{t('schedule.guestNote')}</p>}
      <div className="webinar-actions">
        <button
          type="button"
          className="primary"
          disabled={calendar.isPending || items.length === 0}
          onClick={() => calendar.mutate()}
        >
          {t('schedule.download')}
        </button>
        <span role="status" aria-live="polite">
          {calendar.isPending
            ? t('schedule.downloading')
            : calendar.isSuccess
              ? t('schedule.downloaded', { name: calendar.data })
              : ''}
        </span>
        {calendar.error && <ErrorText error={calendar.error} />}
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {removed && t('schedule.removed', { title: removed })}
      </p>
      <QueryState
        isPending={schedule.isPending}
        error={schedule.error}
        onRetry={() => void schedule.refetch()}
      >
        {items.length === 0 ? (
          <div className="state">
            <p>{t('schedule.empty')}</p>
            <p>
              <Link to="/forum">{t('schedule.toForum')}</Link> ·{' '}
              <Link to="/exhibitors">{t('schedule.toExhibitors')}</Link>
            </p>
          </div>
        ) : (
          <>
            <ol className="schedule" data-testid="my-schedule">
              {items.map((item) => (
                <ScheduleEntry
                  key={item.id}
                  item={item}
                  removing={remove.isPending && remove.variables === item.id}
                  onRemove={(title) =>
                    remove.mutate(item.id, { onSuccess: () => setRemoved(title) })
                  }
                />
              ))}
            </ol>
            <p className="muted small">{t('live.timeZone', { zone: localTimeZone() })}</p>
          </>
        )}
        {remove.error && <ErrorText error={remove.error} />}
      </QueryState>
    </section>
  );
}
