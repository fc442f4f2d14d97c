/**
 * The header's account-menu links to the work pages: "My stand" for exhibitor staff, who run
 * one stand; "Organiser" for organisers, whose page also leads to any stand's dashboard.
 */
import type { AccountMenuLink } from '../account/AccountMenu.tsx';

export const WORKSPACE_LINKS: readonly AccountMenuLink[] = [
  {
    to: '/exhibitor',
    labelKey: 'dashboard.nav',
    visible: (user) => user.role === 'exhibitor' && user.exhibitorId !== null,
  },
  {
    to: '/organiser',
    labelKey: 'organiser.nav',
    visible: (user) => user.role === 'organiser',
  },
];
