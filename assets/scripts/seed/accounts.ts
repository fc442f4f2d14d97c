/**
 * Demo accounts: the fair's organiser and one staff member for each of a few exhibitors of
 * every kind (e001 and e071 among them, which the browser tests use). Emails are predictable
 * (`staff.e001@salon.example`); names are Russian, first name and surname.
 */
import type { SeedAccount } from '../../seed/accountSchema.ts';
import type { SeedExhibitor } from './exhibitors.ts';
import { createNameSource } from './names.ts';
import { createRandom } from './random.ts';

export const ORGANISER_EMAIL = 'organiser@salon.example';

/** Businesses, regional education authorities and educational organisations, in id order. */
export const STAFFED_EXHIBITOR_IDS = [
  'e001',
  'e002',
  'e015',
  'e040',
  'e069',
  'e071',
  'e085',
  'e101',
  'e130',
  'e160',
] as const;

export function staffEmail(exhibitorId: string): string {
  return `staff.${exhibitorId}@salon.example`;
}

export function buildAccounts(seedExhibitors: readonly SeedExhibitor[]): SeedAccount[] {
  const nextName = createNameSource(createRandom('accounts'));
  const known = new Set(seedExhibitors.map(({ exhibitor }) => exhibitor.id));
  const staff = STAFFED_EXHIBITOR_IDS.map((exhibitorId): SeedAccount => {
    if (!known.has(exhibitorId)) throw new Error(`No exhibitor ${exhibitorId} to staff`);
    const [first = '', , surname = ''] = nextName().ru.split(' ');
    return {
      email: staffEmail(exhibitorId),
      displayName: `${first} ${surname}`,
      role: 'exhibitor',
      exhibitorId,
    };
  });
  const organiser: SeedAccount = {
    email: ORGANISER_EMAIL,
    displayName: 'Организатор салона',
    role: 'organiser',
    exhibitorId: null,
  };
  return [organiser, ...staff];
}
