/**
 * The seed shape of the demo accounts: one organiser and a staff member for some exhibitors.
 * All of them sign in with `DEMO_ACCOUNT_PASSWORD`, the one place the plain password is kept
 * (it is documented in assets/README.md); the api hashes it when it loads the seed.
 */
import { DisplayNameSchema, EmailSchema, IdSchema, RoleSchema } from '@salon/shared';
import { z } from 'zod';

export const DEMO_ACCOUNT_PASSWORD = 'salon-demo-2027';

export const SeedAccountSchema = z
  .object({
    email: EmailSchema,
    displayName: DisplayNameSchema,
    role: RoleSchema,
    /** The exhibitor whose stand an exhibitor staff account runs; null for every other role. */
    exhibitorId: IdSchema.nullable(),
  })
  .refine(
    (account) => (account.role === 'exhibitor') === (account.exhibitorId !== null),
    'Exhibitor staff, and only they, belong to an exhibitor',
  );
export type SeedAccount = z.infer<typeof SeedAccountSchema>;
