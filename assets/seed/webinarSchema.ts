/**
 * The seed shape of a webinar or master class an exhibitor has scheduled at its stand: what the
 * exhibitor's staff would send to schedule one, plus the stand. No id, status or topics here:
 * the database gives the id, every seeded webinar is scheduled (going live needs a host), and
 * the api copies the exhibitor's topics as it does when staff schedule one.
 */
import { WebinarSchema } from '@salon/shared';
import type { z } from 'zod';

export const SeedWebinarSchema = WebinarSchema.pick({
  exhibitorId: true,
  title: true,
  description: true,
  startsAt: true,
  durationMinutes: true,
  language: true,
  format: true,
});
export type SeedWebinar = z.infer<typeof SeedWebinarSchema>;
