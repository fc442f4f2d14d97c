/** Exhibitors' webinars and master classes: the data, the live room, each person's schedule. */

export {
  DEFAULT_WEBINAR_FORMAT,
  WEBINAR_FORMATS,
  WEBINAR_MINUTES,
  WEBINAR_STATUSES,
  WebinarFormatSchema,
  WebinarSchema,
  WebinarStatusSchema,
} from '../fair/webinar.ts';
export type { Webinar, WebinarFormat, WebinarStatus } from '../fair/webinar.ts';
export {
  HandSchema,
  LiveStateSchema,
  LiveTokenSchema,
  ScheduleAddSchema,
  ScheduleItemParamsSchema,
  ScheduleItemSchema,
  ScheduleSchema,
  StageChangeSchema,
  StandWebinarParamsSchema,
  WebinarInputSchema,
  WebinarListSchema,
  WebinarPageSchema,
  WebinarParamsSchema,
  WebinarQuerySchema,
  WebinarUpdateSchema,
} from '../api/webinars.ts';
export type {
  LiveToken,
  ScheduleAdd,
  ScheduleItem,
  WebinarInput,
  WebinarQuery,
  WebinarUpdate,
} from '../api/webinars.ts';
