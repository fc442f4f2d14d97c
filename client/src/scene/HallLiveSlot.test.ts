import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveError } from '../live/LiveError.ts';
import { HallLiveSlot, type LiveTarget } from './HallLiveSlot.ts';

const A: LiveTarget = { exhibitorId: 'e001', webinarId: 'w-a', identity: 1 };
const B: LiveTarget = { exhibitorId: 'e002', webinarId: 'w-b', identity: 1 };

interface FakeSession {
  readonly webinarId: string;
  leave(): Promise<void>;
}

/** A join whose answers the test gives, counting the rooms that are open at once. */
function fakeJoin() {
  const pending: { webinarId: string; resolve: () => void; reject: (e: unknown) => void }[] = [];
  const log: string[] = [];
  let open = 0;
  let mostOpen = 0;
  const join = (webinarId: string) =>
    new Promise<FakeSession>((resolve, reject) => {
      log.push(`join ${webinarId}`);
      pending.push({
        webinarId,
        reject,
        resolve: () => {
          open += 1;
          mostOpen = Math.max(mostOpen, open);
          resolve({
            webinarId,
            leave: () => {
              log.push(`leave ${webinarId}`);
              open -= 1;
              return Promise.resolve();
            },
          });
        },
      });
    });
  return {
    join,
    log,
    answer: () => pending.shift(),
    open: () => open,
    mostOpen: () => mostOpen,
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function slotWith(fake: ReturnType<typeof fakeJoin>) {
  const held: (string | null)[] = [];
  const slot = new HallLiveSlot(fake.join, (session) => held.push(session?.webinarId ?? null));
  return { slot, held };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('HallLiveSlot', () => {
  it('joins the wanted webinar and hands its session over', async () => {
    const fake = fakeJoin();
    const { slot, held } = slotWith(fake);
    slot.want(A);
    fake.answer()?.resolve();
    await settle();
    expect(held).toEqual(['w-a']);
    expect(fake.open()).toBe(1);
  });

  it('leaves the held room before it joins the next one', async () => {
    const fake = fakeJoin();
    const { slot, held } = slotWith(fake);
    slot.want(A);
    fake.answer()?.resolve();
    await settle();
    slot.want(B);
    await settle();
    fake.answer()?.resolve();
    await settle();
    expect(fake.log).toEqual(['join w-a', 'leave w-a', 'join w-b']);
    expect(held).toEqual(['w-a', null, 'w-b']);
    expect(fake.mostOpen()).toBe(1);
  });

  it('leaves a join that lands after the visitor walked away, and never holds it', async () => {
    const fake = fakeJoin();
    const { slot, held } = slotWith(fake);
    slot.want(A);
    slot.want(B);
    slot.want(null);
    fake.answer()?.resolve();
    await settle();
    expect(fake.log).toEqual(['join w-a', 'leave w-a']);
    expect(held).toEqual([]);
    expect(fake.open()).toBe(0);
  });

  it('is in one room at most while the wish changes during a join', async () => {
    const fake = fakeJoin();
    const { slot, held } = slotWith(fake);
    slot.want(A);
    slot.want(B);
    fake.answer()?.resolve();
    await settle();
    fake.answer()?.resolve();
    await settle();
    expect(fake.log).toEqual(['join w-a', 'leave w-a', 'join w-b']);
    expect(held).toEqual(['w-b']);
    expect(fake.mostOpen()).toBe(1);
  });

  it('logs an unreachable LiveKit once per webinar and tries again only after leaving', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = fakeJoin();
    const { slot, held } = slotWith(fake);
    slot.want(A);
    fake.answer()?.reject(new LiveError('unavailable'));
    await settle();
    slot.want({ ...A });
    await settle();
    expect(fake.log).toEqual(['join w-a']);
    slot.want(null);
    slot.want(A);
    fake.answer()?.reject(new LiveError('unavailable'));
    await settle();
    expect(fake.log).toEqual(['join w-a', 'join w-a']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(held).toEqual([]);
  });

  it('does not report a webinar that ended before the join', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const fake = fakeJoin();
    const { slot } = slotWith(fake);
    slot.want(A);
    fake.answer()?.reject(new LiveError('ended'));
    await settle();
    expect(warn).not.toHaveBeenCalled();
  });

  it('lets go of a session that is over and does not rejoin it while still wanted', async () => {
    const fake = fakeJoin();
    const sessions: FakeSession[] = [];
    const slot = new HallLiveSlot(fake.join, (session) => {
      if (session) sessions.push(session);
    });
    slot.want(A);
    fake.answer()?.resolve();
    await settle();
    const [session] = sessions;
    if (!session) throw new Error('no session');
    slot.over(session);
    await settle();
    slot.want(A);
    await settle();
    expect(fake.log).toEqual(['join w-a', 'leave w-a']);
  });

  it('rejoins as the new person when the visitor signs in', async () => {
    const fake = fakeJoin();
    const { slot } = slotWith(fake);
    slot.want(A);
    fake.answer()?.resolve();
    await settle();
    slot.want({ ...A, identity: 2 });
    await settle();
    fake.answer()?.resolve();
    await settle();
    expect(fake.log).toEqual(['join w-a', 'leave w-a', 'join w-a']);
  });

  it('leaves on dispose, and wants nothing after it', async () => {
    const fake = fakeJoin();
    const { slot } = slotWith(fake);
    slot.want(A);
    fake.answer()?.resolve();
    await settle();
    slot.dispose();
    slot.want(B);
    await settle();
    expect(fake.log).toEqual(['join w-a', 'leave w-a']);
    expect(fake.open()).toBe(0);
  });
});
