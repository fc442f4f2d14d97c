import type { BriefcaseItem } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { groupByExhibitor } from './groupByExhibitor.ts';

function item(id: string, exhibitorId: string, material: boolean): BriefcaseItem {
  return {
    removedMaterial: null,
    id,
    addedAt: '2027-04-26T10:00:00.000Z',
    exhibitor: { id: exhibitorId, name: { ru: exhibitorId, en: exhibitorId } },
    material: material
      ? {
          id: `m-${id}`,
          kind: 'pdf',
          title: { ru: id, en: id },
          url: `/api/files/${id}`,
          sizeBytes: 1000,
        }
      : null,
    contacts: material ? null : { website: null, email: 'a@b.example', phone: null },
  };
}

describe('groupByExhibitor', () => {
  it('keeps exhibitors in the order of their newest item', () => {
    const groups = groupByExhibitor([
      item('1', 'e002', true),
      item('2', 'e001', true),
      item('3', 'e002', false),
    ]);
    expect(groups.map((group) => group.exhibitor.id)).toEqual(['e002', 'e001']);
  });

  it('puts the contacts card apart from the materials, which keep their order', () => {
    const [group] = groupByExhibitor([
      item('1', 'e001', true),
      item('2', 'e001', false),
      item('3', 'e001', true),
    ]);
    expect(group?.contacts?.id).toBe('2');
    expect(group?.materials.map((entry) => entry.id)).toEqual(['1', '3']);
  });

  it('keeps a material the exhibitor removed among the materials, not as the contacts card', () => {
    const removed: BriefcaseItem = {
      ...item('2', 'e001', true),
      material: null,
      removedMaterial: {
        kind: 'pdf',
        title: { ru: 'Старый прайс', en: 'Old prices' },
        removedAt: '2027-04-27T10:00:00.000Z',
      },
    };
    const [group] = groupByExhibitor([item('1', 'e001', true), removed, item('3', 'e001', false)]);
    expect(group?.contacts?.id).toBe('3');
    expect(group?.materials.map((entry) => entry.id)).toEqual(['1', '2']);
  });

  it('gives nothing for an empty briefcase', () => {
    expect(groupByExhibitor([])).toEqual([]);
  });
});
