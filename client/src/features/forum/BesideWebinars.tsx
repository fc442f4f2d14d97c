/**
 * Under a continuation event of the forum: the exhibitors' webinars and master classes of the
 * same day on the event's topic, live ones first, each labelled with its format and one click
 * from its stand (where a live one is joined). While the event is on air the block says so and
 * stands out.
 */
import type { EventSummary, Webinar } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { WebinarFormatLabel } from '../webinars/WebinarFormatLabel.tsx';
import { FAIR_TIME_ZONE } from './EventListItem.tsx';
import { isOnNow, shownBeside, webinarsBeside } from './besideWebinars.ts';

const SHOWN = 3;

interface BesideWebinarsProps {
  event: EventSummary;
  /** The webinars of the event's day; null while they load. */
  dayWebinars: readonly Webinar[] | null;
  now: number;
}

export function BesideWebinars({ event, dayWebinars, now }: BesideWebinarsProps) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  if (event.phase !== 'continuation' || dayWebinars === null) return null;
  const onNow = isOnNow(event, now);
  const beside = webinarsBeside(event, dayWebinars, now);
  if (beside.length === 0 && !onNow) return null;
  const time = new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: FAIR_TIME_ZONE,
  });
  const shown = shownBeside(beside, SHOWN);
  const more = beside.length - shown.length;
  return (
    <section
      className={onNow ? 'beside beside-now' : 'beside'}
      aria-label={t('forum.beside.label', { title: pick(event.title) })}
      data-testid="beside-webinars"
    >
      <p className="beside-title">
        {onNow && <strong className="live-badge">{t('forum.beside.onNow')} · </strong>}
        {t('forum.beside.title')}
      </p>
      {beside.length === 0 ? (
        <p className="muted">{t('forum.beside.none')}</p>
      ) : (
        <ul>
          {shown.map((webinar) => (
            <li key={webinar.id} data-webinar-id={webinar.id}>
              {webinar.status === 'live' ? (
                <strong className="live-badge">{t('live.liveNow')}</strong>
              ) : (
                <time dateTime={webinar.startsAt}>{time.format(new Date(webinar.startsAt))}</time>
              )}{' '}
              <WebinarFormatLabel format={webinar.format} />{' '}
              <Link to={`/stands/${encodeURIComponent(webinar.exhibitorId)}`}>
                {pick(webinar.title)}
              </Link>{' '}
              <span className="muted">
                · {t('schedule.atStand', { name: pick(webinar.exhibitorName) })}
              </span>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <Link
          to={`/forum?day=${event.day}&cluster=${encodeURIComponent(event.clusterCode)}#fair-webinars-title`}
        >
          {t('forum.beside.more', { count: more })}
        </Link>
      )}
    </section>
  );
}
