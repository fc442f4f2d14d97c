import type { EventStaff } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { mySpeakerId, studioPeople } from './studioPeople.ts';

const name = (text: string) => ({ ru: text, en: text });
const event = {
  moderator: { id: 'sp216', name: name('Валентина') },
  speakers: [
    { id: 'sp281', name: name('Светлана') },
    { id: 'sp270', name: name('Оксана') },
  ],
};
const MODERATOR = '00000000-0000-4000-8000-000000000001';
const SPEAKER = '00000000-0000-4000-8000-000000000002';
const PRODUCER = '00000000-0000-4000-8000-000000000003';
const staff: EventStaff = {
  eventId: 'ev001',
  members: [
    { user: { id: PRODUCER, displayName: 'Ярослав' }, roles: ['producer'], speaker: null },
    { user: { id: MODERATOR, displayName: 'В' }, roles: ['moderator'], speaker: event.moderator },
    {
      user: { id: SPEAKER, displayName: 'С' },
      roles: ['speaker'],
      speaker: event.speakers[0] ?? null,
    },
  ],
};

describe('studioPeople', () => {
  it('lists the moderator first, then the speakers, with their accounts', () => {
    expect(studioPeople(event, staff)).toEqual([
      { speakerId: 'sp216', name: name('Валентина'), role: 'moderator', userId: MODERATOR },
      { speakerId: 'sp281', name: name('Светлана'), role: 'speaker', userId: SPEAKER },
      { speakerId: 'sp270', name: name('Оксана'), role: 'speaker', userId: null },
    ]);
  });
});

describe('mySpeakerId', () => {
  it('finds the profile the user appears as, and none for the producer or a stranger', () => {
    expect(mySpeakerId(staff, SPEAKER)).toBe('sp281');
    expect(mySpeakerId(staff, PRODUCER)).toBeNull();
    expect(mySpeakerId(staff, null)).toBeNull();
  });
});
