/**
 * "Leave my contacts": the visitor picks what to share and consents; only what was picked is
 * stored, and only for that exhibitor.
 */
import { z } from 'zod';
import { IdSchema } from '../fair/ids.ts';
import { multiLineText, singleLineText } from '../i18n/plainText.ts';
import { EmailSchema } from './accounts.ts';

export const LeaveContactsSchema = z
  .object({
    name: singleLineText(100).pipe(z.string().min(1)).optional(),
    email: EmailSchema.optional(),
    organisation: singleLineText(200).pipe(z.string().min(1)).optional(),
    note: multiLineText(1000).optional(),
    consent: z.literal(true, 'Agree to share these contacts with the exhibitor'),
  })
  .refine((lead) => lead.name ?? lead.email ?? lead.organisation, {
    message: 'Share at least a name, an email or an organisation',
    path: ['name'],
  });
export type LeaveContacts = z.infer<typeof LeaveContactsSchema>;

export const LeadSchema = z.object({
  id: IdSchema,
  createdAt: z.iso.datetime({ offset: true }),
  name: z.string().nullable(),
  email: z.string().nullable(),
  organisation: z.string().nullable(),
  note: z.string().nullable(),
});
export type Lead = z.infer<typeof LeadSchema>;
export const LeadListSchema = z.object({ items: z.array(LeadSchema) });
