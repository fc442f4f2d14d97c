/**
 * The stand's webinars for visitors, on the stand page and (compact) in the hall's stand panel:
 * the one live now with "Join live", then those coming up with their time in the visitor's own
 * time zone, a countdown when soon, and "Add to my schedule". Each is labelled with its format,
 * so master classes read as such. The stand's own staff also get a link to the host console.
 * The list is polled, so "Live now" appears without a reload.
 */
import { canOnStand, type Webinar } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useStandWebinars } from '../../api/webinars.ts';
import { useLocale } from '../../i18n/i18n.ts';
import { useSessionStore } from '../../session/sessionStore.ts';
import { Heading, type HeadingLevel } from '../../ui/Heading.tsx';
import { AddToScheduleButton } from '../schedule/AddToScheduleButton.tsx';
import { useNow } from './useNow.ts';
import { WebinarFormatLabel } from './WebinarFormatLabel.tsx';
import { countdown, formatStart, localTimeZone } from './webinarTime.ts';
import './webinars.css';

interface StandWebinarsProps {
  exhibitorId: string;
  level: HeadingLevel;
  compact?: boolean;
  onJoin: (webinar: Webinar) => void;
}

export const consolePath = (webinarId: string) =>
  `/exhibitor/webinars/${encodeURIComponent(webinarId)}/console`;

export function StandWebinars({ exhibitorId, level, compact = false, onJoin }: StandWebinarsProps) {
  const { t } = useTranslation();
  const list = useStandWebinars(exhibitorId);
  const user = useSessionStore((state) => state.user);
  const isHost = user !== null && canOnStand(user, 'stand.webinar.host', exhibitorId);
  const items = list.data?.items ?? [];
  const live = items.filter((webinar) => webinar.status === 'live');
  const coming = items.filter((webinar) => webinar.status === 'scheduled');
  const inner = Math.min(level + 1, 4) as HeadingLevel;

  // A stand without webinars shows nothing here; a failed poll keeps the last list it had.
  if (live.length === 0 && coming.length === 0) return null;
  return (
    <section className="stand-section stand-webinars" data-testid="stand-webinars">
      <Heading level={level}>{t('live.section')}</Heading>
      {live.map((webinar) => (
        <LiveNow
          key={webinar.id}
          webinar={webinar}
          level={inner}
          compact={compact}
          isHost={isHost}
          onJoin={() => onJoin(webinar)}
        />
      ))}
      {coming.length > 0 && (
        <>
          <Heading level={inner} className="stand-webinars-subtitle">
            {t('live.upcoming')}
          </Heading>
          <ul className="webinar-list">
            {coming.map((webinar) => (
              <UpcomingWebinar key={webinar.id} webinar={webinar} isHost={isHost} />
            ))}
          </ul>
          <p className="muted small">{t('live.timeZone', { zone: localTimeZone() })}</p>
        </>
      )}
    </section>
  );
}

function LiveNow({
  webinar,
  level,
  compact,
  isHost,
  onJoin,
}: {
  webinar: Webinar;
  level: HeadingLevel;
  compact: boolean;
  isHost: boolean;
  onJoin: () => void;
}) {
  const { t } = useTranslation();
  const { pick } = useLocale();
  const title = pick(webinar.title);
  return (
    <div className="webinar-live" data-testid="webinar-live-now" data-webinar-id={webinar.id}>
      <p className="live-badge">
        <span className="live-dot" aria-hidden="true" /> {t('live.liveNow')}
      </p>
      <Heading level={level} className="webinar-title">
        <WebinarFormatLabel format={webinar.format} /> {title}
      </Heading>
      {!compact && <p>{pick(webinar.description)}</p>}
      <div className="webinar-actions">
        {/* Staff host from the console: joining here too would push their console out. */}
        {isHost ? (
          <Link to={consolePath(webinar.id)} aria-label={t('live.openConsoleNamed', { title })}>
            {t('live.openConsole')}
          </Link>
        ) : (
          <button
            type="button"
            className="primary"
            onClick={onJoin}
            aria-label={t('live.joinNamed', { title })}
          >
            {t('live.join')}
          </button>
        )}
      </div>
    </div>
  );
}

function UpcomingWebinar({ webinar, isHost }: { webinar: Webinar; isHost: boolean }) {
  const { t } = useTranslation();
  const { locale, pick } = useLocale();
  const now = useNow();
  const soon = countdown(webinar.startsAt, now);
  const title = pick(webinar.title);
  return (
    <li className="webinar-item" data-webinar-id={webinar.id}>
      <p className="webinar-title">
        <WebinarFormatLabel format={webinar.format} /> {title}
      </p>
      <p className="muted">
        <time dateTime={webinar.startsAt}>{formatStart(webinar.startsAt, locale)}</time> ·{' '}
        {t('live.minutes', { count: webinar.durationMinutes })} ·{' '}
        {t('live.inLanguage', { language: t(`language.${webinar.language}`) })}
      </p>
      {soon && <p className="webinar-countdown">{t(soon.key, soon.values)}</p>}
      <div className="webinar-actions">
        <AddToScheduleButton add={{ webinarId: webinar.id }} title={title} />
        {isHost && (
          <Link to={consolePath(webinar.id)} aria-label={t('live.openConsoleNamed', { title })}>
            {t('live.openConsole')}
          </Link>
        )}
      </div>
    </li>
  );
}
