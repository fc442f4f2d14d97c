/** The live countdown to an event's start, ticking each second, read out only now and then. */
import { useTranslation } from 'react-i18next';
import { useNow } from '../webinars/useNow.ts';
import { countdown } from './countdown.ts';

export function Countdown({ startsAt }: { startsAt: string }) {
  const { t } = useTranslation();
  const now = useNow(1000);
  const left = countdown(Date.parse(startsAt) - now);
  return (
    <div className="event-countdown" data-testid="event-countdown">
      <p className="event-countdown-label">{t('eventPage.countdown.startsIn')}</p>
      <p className="event-countdown-clock" aria-hidden="true">
        {left.days > 0 && (
          <span className="event-countdown-days">
            {t('eventPage.countdown.days', { count: left.days })}{' '}
          </span>
        )}
        <span>{left.clock}</span>
      </p>
      <p className="visually-hidden">
        {left.days > 0
          ? t('eventPage.countdown.spokenDays', { count: left.days })
          : t('eventPage.countdown.spokenSoon')}
      </p>
    </div>
  );
}
