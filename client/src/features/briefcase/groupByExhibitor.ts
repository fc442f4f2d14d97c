/**
 * The briefcase by exhibitor, for its page: exhibitors in the order their newest item was
 * collected (the api lists newest first), and in each, the contacts card first, then materials,
 * among them those the exhibitor has since removed, where they were.
 */
import type { BriefcaseItem } from '@salon/shared';

export interface ExhibitorGroup {
  exhibitor: BriefcaseItem['exhibitor'];
  contacts: BriefcaseItem | null;
  materials: BriefcaseItem[];
}

export function groupByExhibitor(items: readonly BriefcaseItem[]): ExhibitorGroup[] {
  const groups = new Map<string, ExhibitorGroup>();
  for (const item of items) {
    let group = groups.get(item.exhibitor.id);
    if (!group) {
      group = { exhibitor: item.exhibitor, contacts: null, materials: [] };
      groups.set(item.exhibitor.id, group);
    }
    if (item.contacts) group.contacts ??= item;
    else group.materials.push(item);
  }
  return [...groups.values()];
}
