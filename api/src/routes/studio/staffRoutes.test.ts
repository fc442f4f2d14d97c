/**
 * An event's staff: the organisers' assignments of producer and chat expert, the accounts linked
 * to the programme's speakers, the demo forum staff, and each person's own events; bad
 * assignments (wrong types, programme roles, oversize bodies) change nobody's role.
 */
import { DEMO_ACCOUNT_PASSWORD } from '@salon/assets/seed';
import {
  EventStaffSchema,
  MyForumEventsSchema,
  ProblemSchema,
  StudioViewSchema,
  type Session,
} from '@salon/shared';
import { beforeAll, describe, expect, it } from 'vitest';
import { actor } from '../../../test/actors.ts';
import { forumActors, type ForumActors } from '../../../test/forumActors.ts';
import { signIn } from '../../../test/sessionsForTests.ts';
import { studioCalls } from '../../../test/studioCalls.ts';
import { useTestApp } from '../../../test/testApp.ts';
import { demoFair } from '../../../test/testDatabases.ts';

const app = useTestApp({ livekit: null });
const { call } = studioCalls(app);

describe('event staff', () => {
  let people: ForumActors;
  beforeAll(async () => {
    people = await forumActors(app(), 'ev035');
  });

  it('lists the producer, moderator, speaker and chat expert with their roles', async () => {
    const staff = EventStaffSchema.parse(
      (await call('GET', '/api/events/ev035/staff', people.organiser)).json(),
    );
    const roleOf = (session: Session) =>
      staff.members.find((member) => member.user.id === session.user.id)?.roles;
    expect(roleOf(people.producer)).toEqual(['producer']);
    expect(roleOf(people.moderator)).toEqual(['moderator']);
    expect(roleOf(people.speaker)).toEqual(['speaker']);
    expect(roleOf(people.chatExpert)).toEqual(['chatExpert']);
  });

  it('lets an organiser replace the producer, who can produce from then on, and the old one not', async () => {
    const newcomer = await actor(app(), 'producer');
    const assigned = await call('PUT', '/api/events/ev035/staff/producer', people.organiser, {
      userId: newcomer.user.id,
    });
    expect(assigned.statusCode).toBe(200);
    const view = StudioViewSchema.parse(
      (await call('GET', '/api/events/ev035/studio', newcomer)).json(),
    );
    expect(view.myRoles).toEqual(['producer']);
    expect((await call('POST', '/api/events/ev035/studio/live', people.producer)).statusCode).toBe(
      403,
    );
  });

  it('refuses to make a visitor the producer, and an unknown user anything', async () => {
    const response = await call('PUT', '/api/events/ev035/staff/producer', people.organiser, {
      userId: people.viewer.user.id,
    });
    expect(response.statusCode).toBe(409);
    const unknown = await call('PUT', '/api/events/ev035/staff/chatExpert', people.organiser, {
      userId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.statusCode).toBe(404);
    const badRole = await call('PUT', '/api/events/ev035/staff/moderator', people.organiser, {
      userId: people.viewer.user.id,
    });
    expect(badRole.statusCode).toBe(400);
  });

  it('unassigns the chat expert, who then loses the studio', async () => {
    expect(
      (await call('DELETE', '/api/events/ev035/staff/chatExpert', people.organiser)).statusCode,
    ).toBe(204);
    expect((await call('GET', '/api/events/ev035/studio', people.chatExpert)).statusCode).toBe(403);
    expect(
      (await call('DELETE', '/api/events/ev035/staff/chatExpert', people.organiser)).statusCode,
    ).toBe(404);
  });

  it('signs in the demo forum staff with their events and roles', async () => {
    const producer = await signIn(app(), 'producer@salon.example', DEMO_ACCOUNT_PASSWORD);
    const produced = MyForumEventsSchema.parse(
      (await call('GET', '/api/forum/my-events', producer)).json(),
    );
    expect(produced.items.map((item) => [item.event.id, item.roles])).toEqual([
      ['ev001', ['producer']],
      ['ev002', ['producer']],
    ]);
    const moderator = await signIn(app(), 'speaker.sp216@salon.example', DEMO_ACCOUNT_PASSWORD);
    const view = StudioViewSchema.parse(
      (await call('GET', '/api/events/ev001/studio', moderator)).json(),
    );
    expect(view.myRoles).toEqual(['moderator']);
  });

  it("lists a speaker's own events with their roles, and none for a viewer", async () => {
    const mine = MyForumEventsSchema.parse(
      (await call('GET', '/api/forum/my-events', people.speaker)).json(),
    );
    expect(mine.items.find((item) => item.event.id === 'ev035')).toMatchObject({
      roles: ['speaker'],
      status: 'scheduled',
    });
    const expected = demoFair.events.filter((event) => event.speakerIds.includes(people.speakerId));
    expect(mine.items.map((item) => item.event.id).sort()).toEqual(
      expected.map((e) => e.id).sort(),
    );
    const none = MyForumEventsSchema.parse(
      (await call('GET', '/api/forum/my-events', people.viewer)).json(),
    );
    expect(none.items).toEqual([]);
  });
});

describe('bad staff changes', () => {
  let people: ForumActors;
  let before: string;
  const staffNow = async () =>
    JSON.stringify((await call('GET', '/api/events/ev036/staff', people.organiser)).json());

  beforeAll(async () => {
    people = await forumActors(app(), 'ev036');
    before = await staffNow();
  });

  it.each([
    ['a numeric user id', { userId: 123 }],
    ['a null user id', { userId: null }],
    ['no user id', {}],
    ['a user id that looks like SQL', { userId: "' OR 1=1 --" }],
    ['a list of user ids', { userId: ['00000000-0000-4000-8000-000000000000'] }],
  ])('refuses %s with 400 and changes nobody', async (_case, body) => {
    const response = await call('PUT', '/api/events/ev036/staff/producer', people.organiser, body);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(await staffNow()).toBe(before);
  });

  it('refuses an oversize body with 413 and changes nobody', async () => {
    const newcomer = await actor(app(), 'producer');
    const response = await call('PUT', '/api/events/ev036/staff/producer', people.organiser, {
      userId: newcomer.user.id,
      padding: 'я'.repeat(200_000),
    });
    expect(response.statusCode).toBe(413);
    expect(ProblemSchema.parse(response.json()).status).toBe(413);
    expect(await staffNow()).toBe(before);
  });

  it('refuses to unassign a programme role or at an unknown event', async () => {
    for (const [url, status] of [
      ['/api/events/ev036/staff/moderator', 400],
      ['/api/events/ev036/staff/speaker', 400],
      ['/api/events/ev9999/staff/producer', 404],
    ] as const) {
      const response = await call('DELETE', url, people.organiser);
      expect([url, response.statusCode]).toEqual([url, status]);
    }
    expect(await staffNow()).toBe(before);
  });
});
