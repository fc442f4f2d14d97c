/** A stored webinar for tests: a scheduled Russian webinar of stand e001, changed by `extra`. */
import type { Webinar } from '@salon/shared';

export function aWebinar(extra: Partial<Webinar> = {}): Webinar {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    exhibitorId: 'e001',
    exhibitorName: { ru: 'Стенд', en: 'Stand' },
    title: { ru: 'Вебинар', en: 'Webinar' },
    description: { ru: '', en: '' },
    startsAt: '2027-05-01T12:00:00+03:00',
    durationMinutes: 45,
    language: 'ru',
    status: 'scheduled',
    format: 'webinar',
    topicCodes: ['school'],
    ...extra,
  };
}
