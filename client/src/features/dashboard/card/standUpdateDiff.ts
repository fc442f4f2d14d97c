/**
 * The stand card as its form edits it, and the StandUpdate to send: only the fields that
 * changed, so two staff members editing different parts do not overwrite each other's work.
 * The api takes names, descriptions, colours and contacts as whole groups, so a group is sent
 * whole when any part of it changed. Text is compared as the api will store it: trimmed, with
 * empty contacts meaning "none".
 */
import type { Exhibitor, StandUpdate } from '@salon/shared';

export interface StandCardDraft {
  name: { ru: string; en: string };
  description: { ru: string; en: string };
  colors: { primary: string; accent: string };
  contacts: { website: string; email: string; phone: string };
}

type CardFields = Pick<Exhibitor, 'name' | 'description' | 'colors' | 'contacts'>;

export function draftFromExhibitor(exhibitor: CardFields): StandCardDraft {
  return {
    name: { ...exhibitor.name },
    description: { ...exhibitor.description },
    colors: { ...exhibitor.colors },
    contacts: {
      website: exhibitor.contacts.website ?? '',
      email: exhibitor.contacts.email ?? '',
      phone: exhibitor.contacts.phone ?? '',
    },
  };
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

function normalised(draft: StandCardDraft) {
  return {
    name: { ru: draft.name.ru.trim(), en: draft.name.en.trim() },
    description: { ru: draft.description.ru.trim(), en: draft.description.en.trim() },
    colors: {
      primary: draft.colors.primary.toLowerCase(),
      accent: draft.colors.accent.toLowerCase(),
    },
    contacts: {
      website: orNull(draft.contacts.website),
      email: orNull(draft.contacts.email),
      phone: orNull(draft.contacts.phone),
    },
  };
}

function sameGroup<T extends object>(a: T, b: T): boolean {
  return (Object.keys(a) as (keyof T)[]).every((key) => a[key] === b[key]);
}

/** The groups of `draft` that differ from `base`; an empty object when nothing changed. */
export function standUpdateDiff(base: CardFields, draft: StandCardDraft): StandUpdate {
  const before = normalised(draftFromExhibitor(base));
  const after = normalised(draft);
  const update: StandUpdate = {};
  if (!sameGroup(before.name, after.name)) update.name = after.name;
  if (!sameGroup(before.description, after.description)) update.description = after.description;
  if (!sameGroup(before.colors, after.colors)) update.colors = after.colors;
  if (!sameGroup(before.contacts, after.contacts)) update.contacts = after.contacts;
  return update;
}

/** The card as it will look once `update` is saved: for the optimistic preview. */
export function applyStandUpdate<T extends CardFields>(exhibitor: T, update: StandUpdate): T {
  return { ...exhibitor, ...update };
}
