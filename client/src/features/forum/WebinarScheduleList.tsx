/**
 * "Webinars and master classes" beside the forum's events: exhibitors' webinars for the chosen
 * day (a day of the fair's Moscow clock) and topic, at the same times as the forum shows them,
 * each labelled with its format, with "Add to my schedule" and a way to the stand (where a live
 * one is joined).
 */
import type { Webinar } from '@salon/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFairWebinars } from '../../api/webinars.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { Pagination } from '../../ui/Pagination.tsx';
import { QueryState } from '../../ui/QueryState.tsx';
import { AddToScheduleButton } from '../schedule/AddToScheduleButton.tsx';
import { WebinarFormatLabel } from '../webinars/WebinarFormatLabel.tsx';
import { formatStart } from '../webinars/webinarTime.ts';
import { dayWindow } from './dayWindow.ts';
import { FAIR_TIME_ZONE } from './EventListItem.tsx';
import '../webinars/webinars.css';

const PAGE_SIZE = 20;

export function WebinarScheduleList({ day, topic }: { day: string; topic: string }) {
  const { t } = useTranslation();
  const filters = `${day}|${topic}`;
  const [paging, setPaging] = useState({ filters, page: 1 });
  // A new day or topic starts again from the first page.
  const page = paging.filters === filters ? paging.page : 1;
  const span = dayWindow(day);
  const webinars = useFairWebinars({
    page,
    pageSize: PAGE_SIZE,
    ...(span ?? {}),
    topic: topic || undefined,
  });
  const items = webinars.data?.items ?? [];
  return (
    <section
      className="fair-webinars"
      aria-labelledby="fair-webinars-title"
      data-testid="fair-webinars"
    >
      <h2 id="fair-webinars-title">{t('schedule.webinars')}</h2>
      <p className="muted">{t('schedule.webinarsLead')}</p>
      <QueryState
        isPending={webinars.isPending}
        error={webinars.error}
        onRetry={() => void webinars.refetch()}
      >
        {items.length === 0 ? (
          <p className="state">{t('schedule.webinarsNone')}</p>
        ) : (
          <ol className="schedule" aria-busy={webinars.isPlaceholderData}>
            {items.map((webinar) => (
              <FairWebinar key={webinar.id} webinar={webinar} />
            ))}
          </ol>
        )}
        <Pagination
          page={page}
          pageSize={PAGE_SIZE}
          total={webinars.data?.total ?? 0}
          onPage={(next) => setPaging({ filters, page: next })}
        />
      </QueryState>
    </section>
  );
}

function FairWebinar({ webinar }: { webinar: Webinar }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const title = pick(webinar.title);
  return (
    <li className="event" data-webinar-id={webinar.id}>
      <time dateTime={webinar.startsAt}>
        {formatStart(webinar.startsAt, locale, FAIR_TIME_ZONE)}
      </time>
      <div>
        <h3 className="event-title">
          <WebinarFormatLabel format={webinar.format} /> {title}
        </h3>
        <p className="muted">
          <Link to={`/stands/${encodeURIComponent(webinar.exhibitorId)}`}>
            {t('schedule.atStand', { name: pick(webinar.exhibitorName) })}
          </Link>{' '}
          · {t('live.minutes', { count: webinar.durationMinutes })} ·{' '}
          {t(`language.${webinar.language}`)} ·{' '}
          {webinar.status === 'live' ? (
            <strong className="live-badge">{t('live.liveNow')}</strong>
          ) : (
            t(`live.status.${webinar.status}`)
          )}
        </p>
        {webinar.status !== 'ended' && (
          <AddToScheduleButton add={{ webinarId: webinar.id }} title={title} />
        )}
      </div>
    </li>
  );
}
