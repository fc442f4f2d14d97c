/**
 * A theme of the fair: a level of education or a cross-cutting subject. Topics group stands
 * into alleys, tag exhibitors, and are the forum's clusters, so that a forum event and the
 * exhibitor webinars on the same theme can be found together.
 */
import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n/localizedText.ts';
import { CodeSchema } from './ids.ts';

export const TopicSchema = z.object({
  code: CodeSchema,
  name: LocalizedTextSchema,
});
export type Topic = z.infer<typeof TopicSchema>;
