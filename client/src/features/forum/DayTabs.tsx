/** One button per forum day, grouped by phase; the first button shows every day. */
import type { ForumFacets } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/i18n.ts';

interface DayTabsProps {
  days: ForumFacets['days'];
  value: string;
  onChange: (day: string) => void;
}

export function DayTabs({ days, value, onChange }: DayTabsProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  return (
    <div className="day-tabs" role="group" aria-label={t('forum.allDays')}>
      <button type="button" aria-pressed={value === ''} onClick={() => onChange('')}>
        {t('forum.allDays')}
      </button>
      {days.map((day) => (
        <button
          key={day.day}
          type="button"
          className={`phase-${day.phase}`}
          aria-pressed={value === day.day}
          title={t(`forum.phase.${day.phase}`)}
          onClick={() => onChange(day.day)}
        >
          {format.format(new Date(`${day.day}T00:00:00Z`))}
        </button>
      ))}
    </div>
  );
}
