/**
 * Extra links of the header's account menu, each shown only to the users its `visible`
 * accepts. Features add theirs here (the exhibitor dashboard: "My stand" for exhibitor staff;
 * the organiser pages: "Organiser" for organisers) without touching AccountMenu itself.
 * Labels are i18n keys, so they follow the interface language.
 */
import type { AccountMenuLink } from '../account/AccountMenu.tsx';
import { WORKSPACE_LINKS } from '../dashboard/workspaceLinks.ts';

export const ACCOUNT_MENU_LINKS: readonly AccountMenuLink[] = [...WORKSPACE_LINKS];
