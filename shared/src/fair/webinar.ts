/** A live webinar at a stand: scheduled by the exhibitor, live on LiveKit, then ended. */
import { z } from 'zod';
import { LocaleSchema, LocalizedTextSchema } from '../i18n/localizedText.ts';
import { CodeSchema, IdSchema } from './ids.ts';
import { IsoDateTimeSchema } from './forum.ts';

export const WEBINAR_STATUSES = ['scheduled', 'live', 'ended'] as const;
export const WebinarStatusSchema = z.enum(WEBINAR_STATUSES);
export type WebinarStatus = z.infer<typeof WebinarStatusSchema>;

export const WEBINAR_MINUTES = { min: 15, max: 240 } as const;

/**
 * What an exhibitor holds at the stand: a webinar (a talk with questions) or a master class
 * (the audience works along). Both go live the same way; lists label master classes as such.
 */
export const WEBINAR_FORMATS = ['webinar', 'masterClass'] as const;
export const WebinarFormatSchema = z.enum(WEBINAR_FORMATS);
export type WebinarFormat = z.infer<typeof WebinarFormatSchema>;
/** The format of a webinar scheduled without one, and of every webinar made before formats. */
export const DEFAULT_WEBINAR_FORMAT = 'webinar' satisfies WebinarFormat;

export const WebinarSchema = z.object({
  id: z.uuid(),
  exhibitorId: IdSchema,
  exhibitorName: LocalizedTextSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  startsAt: IsoDateTimeSchema,
  durationMinutes: z.number().int().min(WEBINAR_MINUTES.min).max(WEBINAR_MINUTES.max),
  language: LocaleSchema,
  status: WebinarStatusSchema,
  format: WebinarFormatSchema,
  topicCodes: z.array(CodeSchema),
});
export type Webinar = z.infer<typeof WebinarSchema>;
