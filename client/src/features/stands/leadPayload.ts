/**
 * "Leave my contacts" as the api receives it: only the fields the visitor ticked (a typed but
 * unticked email is not sent), the note when there is one, and consent, which must be given.
 * Checked with the api's own schema, so what passes here is what the api accepts.
 */
import { LeaveContactsSchema, type LeaveContacts } from '@salon/shared';

export const SHAREABLE = ['name', 'email', 'organisation'] as const;
export type Shareable = (typeof SHAREABLE)[number];
export type LeadField = Shareable | 'note' | 'consent';

export interface LeadForm {
  share: Record<Shareable, boolean>;
  values: Record<Shareable | 'note', string>;
  consent: boolean;
}

export type LeadCheck =
  | { ok: true; payload: LeaveContacts }
  /** `nothingChosen`: no box ticked, so there is nothing to send. */
  | { ok: false; fields: Set<LeadField>; nothingChosen: boolean };

export function leadPayload(form: LeadForm): LeadCheck {
  const candidate: Record<string, unknown> = { consent: form.consent };
  for (const field of SHAREABLE) {
    if (form.share[field]) candidate[field] = form.values[field];
  }
  if (form.values.note.trim() !== '') candidate['note'] = form.values.note;
  const nothingChosen = SHAREABLE.every((field) => !form.share[field]);
  const parsed = LeaveContactsSchema.safeParse(candidate);
  if (parsed.success && !nothingChosen) return { ok: true, payload: parsed.data };
  const fields = new Set<LeadField>();
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const field = issue.path[0];
    // The schema's "share at least one" rule sits on `name`: that is nothingChosen, not a name.
    if (field === 'name' && nothingChosen) continue;
    if (field === 'name' || field === 'email' || field === 'organisation' || field === 'note') {
      fields.add(field);
    }
    if (field === 'consent') fields.add('consent');
  }
  return { ok: false, fields, nothingChosen };
}

/** What was shared, for the confirmation ("name, email"). */
export function sharedFields(payload: LeaveContacts): Shareable[] {
  return SHAREABLE.filter((field) => payload[field] !== undefined);
}
