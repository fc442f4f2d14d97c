import { describe, expect, it } from 'vitest';
import { EVENT_ROLES, canOnEvent, eventRolesOf } from './eventRoles.ts';

const event = { moderatorId: 'sp001', speakerIds: ['sp002', 'sp003'] };

describe('eventRolesOf', () => {
  it('makes the linked speaker profile of the moderator the moderator, and of a speaker a speaker', () => {
    expect(eventRolesOf({ role: 'moderator', speakerId: 'sp001' }, event, [])).toEqual([
      'moderator',
    ]);
    expect(eventRolesOf({ role: 'visitor', speakerId: 'sp003' }, event, [])).toEqual(['speaker']);
  });

  it('gives no role to someone the event does not name or assign, whatever their fair role', () => {
    expect(eventRolesOf({ role: 'producer', speakerId: null }, event, [])).toEqual([]);
    expect(eventRolesOf({ role: 'organiser', speakerId: 'sp999' }, event, [])).toEqual([]);
  });

  it('counts an assignment only while the fair role still allows it', () => {
    expect(eventRolesOf({ role: 'producer', speakerId: null }, event, ['producer'])).toEqual([
      'producer',
    ]);
    expect(eventRolesOf({ role: 'visitor', speakerId: null }, event, ['producer'])).toEqual([]);
    expect(eventRolesOf({ role: 'chatExpert', speakerId: null }, event, ['chatExpert'])).toEqual([
      'chatExpert',
    ]);
    expect(eventRolesOf({ role: 'chatExpert', speakerId: null }, event, ['producer'])).toEqual([]);
  });
});

describe('canOnEvent', () => {
  it('lets only the producer produce and upload the recording', () => {
    for (const action of ['event.studio.produce', 'event.recording.upload'] as const) {
      expect(EVENT_ROLES.filter((role) => canOnEvent([role], action))).toEqual(['producer']);
    }
  });

  it('keeps the chat expert out of the studio rooms but lets them read its state', () => {
    expect(canOnEvent(['chatExpert'], 'event.studio.join')).toBe(false);
    expect(canOnEvent(['chatExpert'], 'event.studio.read')).toBe(true);
  });

  it('shows pending questions to the expert, producer and moderator, not to speakers', () => {
    expect(EVENT_ROLES.filter((role) => canOnEvent([role], 'event.chat.seePending'))).toEqual([
      'producer',
      'moderator',
      'chatExpert',
    ]);
  });

  it('allows no staff action to someone with no role at the event', () => {
    expect(canOnEvent([], 'event.studio.read')).toBe(false);
  });

  it('refuses a rating to every role of the event, alone or together with another', () => {
    for (const role of EVENT_ROLES) {
      expect(canOnEvent([role], 'event.feedback.leave')).toBe(false);
    }
    expect(canOnEvent(['moderator', 'speaker'], 'event.feedback.leave')).toBe(false);
  });

  it('lets someone with no role at the event rate it', () => {
    expect(canOnEvent([], 'event.feedback.leave')).toBe(true);
  });
});
