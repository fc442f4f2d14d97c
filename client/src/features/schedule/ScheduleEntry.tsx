/**
 * One item of "My schedule": a webinar or master class (which of the two, at which stand, live
 * now or when) or a forum event (linked to its page and its moderator's), with its time in the
 * visitor's own time zone and "Remove". An item whose webinar or event has gone from the
 * programme says so and can still be removed.
 */
import type { ScheduleItem } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { SpeakerLinks } from '../speakers/SpeakerLinks.tsx';
import { WebinarFormatLabel } from '../webinars/WebinarFormatLabel.tsx';
import { formatStart } from '../webinars/webinarTime.ts';

interface ScheduleEntryProps {
  item: ScheduleItem;
  removing: boolean;
  onRemove: (title: string) => void;
}

export function ScheduleEntry({ item, removing, onRemove }: ScheduleEntryProps) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const { webinar, event } = item;
  const title = webinar ? pick(webinar.title) : event ? pick(event.title) : t('schedule.gone');
  const startsAt = webinar?.startsAt ?? event?.startsAt ?? null;
  return (
    <li className="schedule-entry" data-schedule-item={item.id}>
      {startsAt ? (
        <time dateTime={startsAt}>{formatStart(startsAt, locale)}</time>
      ) : (
        <span className="muted">—</span>
      )}
      <div>
        <p className="muted schedule-kind">
          {webinar ? (
            <WebinarFormatLabel format={webinar.format} />
          ) : event ? (
            t('schedule.kind.event')
          ) : (
            ''
          )}
          {webinar?.status === 'live' && (
            <span className="live-badge">
              {' '}
              <span className="live-dot" aria-hidden="true" /> {t('live.liveNow')}
            </span>
          )}
        </p>
        <h2 className="event-title">
          {event ? <Link to={`/forum/${encodeURIComponent(event.id)}`}>{title}</Link> : title}
        </h2>
        {webinar && (
          <p>
            <Link to={`/stands/${encodeURIComponent(webinar.exhibitorId)}`}>
              {t('schedule.atStand', { name: pick(webinar.exhibitorName) })}
            </Link>{' '}
            · {t('live.minutes', { count: webinar.durationMinutes })}
          </p>
        )}
        {event && (
          <p className="muted">
            {t(`forum.format.${event.format}`)} · {t(`forum.phase.${event.phase}`)} ·{' '}
            {t('forum.moderator')}: <SpeakerLinks people={[event.moderator]} />
          </p>
        )}
      </div>
      <button
        type="button"
        disabled={removing}
        aria-label={t('schedule.removeNamed', { title })}
        onClick={() => onRemove(title)}
      >
        {t('schedule.remove')}
      </button>
    </li>
  );
}
