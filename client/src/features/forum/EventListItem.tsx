import type { EventSummary } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';
import { AddToScheduleButton } from '../schedule/AddToScheduleButton.tsx';

/** Forum times are shown in Moscow time, the fair's own clock. */
export const FAIR_TIME_ZONE = 'Europe/Moscow';

export function EventListItem({
  event,
  stageName,
}: {
  event: EventSummary;
  stageName?: string | undefined;
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
        <h2 className="event-title">{pick(event.title)}</h2>
        <p className="muted">
          {t(`forum.format.${event.format}`)} · {stageName ?? event.stageId} ·{' '}
          {t(`forum.phase.${event.phase}`)}
        </p>
        <p className="people">
          <span>
            {t('forum.moderator')}: {pick(event.moderator.name)}
          </span>
          {event.speakers.length > 0 && (
            <span>
              {t('forum.speakers')}:{' '}
              {event.speakers.map((speaker) => pick(speaker.name)).join(', ')}
            </span>
          )}
        </p>
        <AddToScheduleButton add={{ eventId: event.id }} title={pick(event.title)} />
      </div>
    </li>
  );
}
