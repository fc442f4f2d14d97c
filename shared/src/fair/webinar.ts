/** A live webinar at a stand: scheduled by the exhibitor, live on LiveKit, then ended. */
import { z } from 'zod';
import { LocaleSchema, LocalizedTextSchema } from '../i18n/localizedText.ts';
import { CodeSchema, IdSchema } from './ids.ts';
import { IsoDateTimeSchema } from './forum.ts';

export const WEBINAR_STATUSES = ['scheduled', 'live', 'ended'] as const;
export const WebinarStatusSchema = z.enum(WEBINAR_STATUSES);
export type WebinarStatus = z.infer<typeof WebinarStatusSchema>;

export const WEBINAR_MINUTES = { min: 15, max: 240 } as const;

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
  topicCodes: z.array(CodeSchema),
});
export type Webinar = z.infer<typeof WebinarSchema>;
