/**
 * What the event is: its time in Moscow time and, when the visitor's clock differs, in theirs;
 * stage, cluster and format; the moderator and speakers (links to their pages, with position
 * and organisation); the description, as text.
 */
import type { EventDetail, Speaker } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLocale } from '../../i18n/i18n.ts';
import { speakerPath } from '../speakers/SpeakerLinks.tsx';
import { FAIR_TIME_ZONE, formatEventTime, sameWallClock, visitorTimeZone } from './eventTimes.ts';

function Person({ speaker }: { speaker: Speaker }) {
  const { pick } = useLocale();
  const about = [pick(speaker.position), pick(speaker.organisation)].filter(Boolean).join(', ');
  return (
    <li>
      <Link to={speakerPath(speaker.id)}>{pick(speaker.name)}</Link>
      {about && <span className="muted"> — {about}</span>}
    </li>
  );
}

export function EventDetails({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const zone = visitorTimeZone();
  return (
    <section className="event-details" aria-labelledby="event-details-title">
      <h2 id="event-details-title" className="visually-hidden">
        {t('eventPage.details')}
      </h2>
      <dl className="event-facts">
        <dt>{t('eventPage.time')}</dt>
        <dd>
          <time dateTime={event.startsAt}>
            {formatEventTime(event, locale, FAIR_TIME_ZONE)} {t('eventPage.moscowTime')}
          </time>
          {!sameWallClock(event.startsAt, FAIR_TIME_ZONE, zone) && (
            <span className="event-local-time">
              {formatEventTime(event, locale, zone)} {t('eventPage.yourTime', { zone })}
            </span>
          )}
        </dd>
        <dt>{t('eventPage.stage')}</dt>
        <dd>{pick(event.stage.name)}</dd>
        <dt>{t('eventPage.cluster')}</dt>
        <dd>{pick(event.cluster.name)}</dd>
        <dt>{t('eventPage.format')}</dt>
        <dd>{t(`forum.format.${event.format}`)}</dd>
      </dl>
      <h3>{t('forum.moderator')}</h3>
      <ul className="event-people">
        <Person speaker={event.moderator} />
      </ul>
      {event.speakers.length > 0 && (
        <>
          <h3>{t('forum.speakers')}</h3>
          <ul className="event-people">
            {event.speakers.map((speaker) => (
              <Person key={speaker.id} speaker={speaker} />
            ))}
          </ul>
        </>
      )}
      <h3>{t('eventPage.about')}</h3>
      <p className="event-description">{pick(event.description)}</p>
    </section>
  );
}
