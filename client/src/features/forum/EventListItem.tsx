import type { EventSummary } from '@salon/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { AddToScheduleButton } from '../schedule/AddToScheduleButton.tsx';
import { SpeakerLinks } from '../speakers/SpeakerLinks.tsx';

/** Forum times are shown in Moscow time, the fair's own clock. */
export const FAIR_TIME_ZONE = 'Europe/Moscow';

export function EventListItem({
  event,
  stageName,
  children,
}: {
  event: EventSummary;
  stageName?: string | undefined;
  /** Shown under the event, e.g. the webinars beside it during the continuation. */
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const time = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: FAIR_TIME_ZONE,
  });
  return (
    <li className="event">
      <time dateTime={event.startsAt}>{time.format(new Date(event.startsAt))}</time>
      <div>
        <h2 className="event-title">
          <Link to={`/forum/${encodeURIComponent(event.id)}`}>{pick(event.title)}</Link>
        </h2>
        <p className="muted">
          {t(`forum.format.${event.format}`)} · {stageName ?? event.stageId} ·{' '}
          {t(`forum.phase.${event.phase}`)}
        </p>
        <p className="people">
          <span>
            {t('forum.moderator')}: <SpeakerLinks people={[event.moderator]} />
          </span>
          {event.speakers.length > 0 && (
            <span>
              {t('forum.speakers')}: <SpeakerLinks people={event.speakers} />
            </span>
          )}
        </p>
        <AddToScheduleButton add={{ eventId: event.id }} title={pick(event.title)} />
        {children}
      </div>
    </li>
  );
}
