import { describe, expect, it } from 'vitest';
import { ROLES, can, canOnStand } from './roles.ts';

describe('can', () => {
  it('lets everyone read the fair, chat at stands and collect materials', () => {
    for (const role of ROLES) {
      expect(can(role, 'fair.read')).toBe(true);
      expect(can(role, 'stand.chat.post')).toBe(true);
      expect(can(role, 'briefcase.collect')).toBe(true);
    }
  });

  it('keeps layout publishing, adding exhibitors and their staff to organisers', () => {
    expect(ROLES.filter((role) => can(role, 'layout.publish'))).toEqual(['organiser']);
    expect(ROLES.filter((role) => can(role, 'exhibitor.create'))).toEqual(['organiser']);
    expect(ROLES.filter((role) => can(role, 'exhibitor.inviteStaff'))).toEqual(['organiser']);
    expect(ROLES.filter((role) => can(role, 'stand.staff.removeLast'))).toEqual(['organiser']);
  });
});

describe('canOnStand', () => {
  const staff = { role: 'exhibitor' as const, exhibitorId: 'e001' };

  it('lets exhibitor staff edit their own stand and read its leads', () => {
    expect(canOnStand(staff, 'stand.edit', 'e001')).toBe(true);
    expect(canOnStand(staff, 'stand.leads.read', 'e001')).toBe(true);
  });

  it("refuses exhibitor staff on another exhibitor's stand", () => {
    expect(canOnStand(staff, 'stand.edit', 'e002')).toBe(false);
    expect(canOnStand(staff, 'stand.chat.moderate', 'e002')).toBe(false);
  });

  it('refuses visitors and forum staff on any stand, and lets organisers act on all', () => {
    for (const role of ['visitor', 'moderator', 'producer', 'chatExpert'] as const) {
      expect(canOnStand({ role, exhibitorId: 'e001' }, 'stand.edit', 'e001')).toBe(false);
    }
    expect(canOnStand({ role: 'organiser', exhibitorId: null }, 'stand.leads.read', 'e077')).toBe(
      true,
    );
  });

  it('keeps going on duty to the stand’s own staff, organisers included out', () => {
    expect(canOnStand(staff, 'stand.staff.duty', 'e001')).toBe(true);
    expect(canOnStand(staff, 'stand.staff.duty', 'e002')).toBe(false);
    expect(canOnStand({ role: 'organiser', exhibitorId: null }, 'stand.staff.duty', 'e001')).toBe(
      false,
    );
  });

  it('lets staff and organisers take people off a stand’s staff, staff only on their own', () => {
    expect(canOnStand(staff, 'stand.staff.remove', 'e001')).toBe(true);
    expect(canOnStand(staff, 'stand.staff.remove', 'e002')).toBe(false);
    expect(canOnStand({ role: 'organiser', exhibitorId: null }, 'stand.staff.remove', 'e002')).toBe(
      true,
    );
    expect(canOnStand({ role: 'visitor', exhibitorId: null }, 'stand.staff.remove', 'e001')).toBe(
      false,
    );
  });

  it('refuses exhibitor staff that belong to no exhibitor', () => {
    expect(canOnStand({ role: 'exhibitor', exhibitorId: null }, 'stand.edit', 'e001')).toBe(false);
  });
});
