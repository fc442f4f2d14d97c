/**
 * "Add to my schedule" for a webinar or a forum event. Once the schedule holds it (now, or from
 * an earlier visit) it says so, with a link to the schedule, instead; removing is done there.
 */
import type { ScheduleAdd } from '@salon/shared';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorText } from '../../ui/ErrorText.tsx';
import { findInSchedule, useAddToSchedule, useMySchedule } from './scheduleQueries.ts';

interface AddToScheduleButtonProps {
  add: ScheduleAdd;
  /** The item's title, so that each of many such buttons has a name of its own. */
  title: string;
}

export function AddToScheduleButton({ add, title }: AddToScheduleButtonProps) {
  const { t } = useTranslation();
  const schedule = useMySchedule();
  const adding = useAddToSchedule();
  const held = adding.isSuccess || findInSchedule(schedule.data?.items, add) !== undefined;
  if (held) {
    return (
      <span className="in-schedule" data-testid="in-schedule">
        ✓ {t('schedule.inSchedule')} · <Link to="/schedule">{t('schedule.open')}</Link>
      </span>
    );
  }
  return (
    <span className="add-to-schedule">
      <button
        type="button"
        disabled={adding.isPending}
        aria-busy={adding.isPending}
        aria-label={t('schedule.addNamed', { title })}
        onClick={() => adding.mutate(add)}
      >
        {t('schedule.add')}
      </button>
      {adding.error && <ErrorText error={adding.error} />}
    </span>
  );
}
