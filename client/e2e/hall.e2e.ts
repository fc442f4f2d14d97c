/**
 * The walkable hall with the real stack: two visitors in one pavilion, one walking by keyboard
 * and by a click on the 2D map, the other seeing that avatar arrive where the game server says
 * it is (read by an observer of our own, not from either page). The 3D view must really draw:
 * the test fails if WebGL could not start. Without WebGL the map and stand panel still work.
 */
import {
  ExhibitorDetailSchema,
  PublishedLayoutSchema,
  standEntrance,
  type PublishedLayout,
  type Stand,
} from '@salon/shared';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { describeInBrowser, openPage } from './browser.ts';
import { HallObserver, type ServerAvatar } from './hallObserver.ts';
import { canvasColours, ownUserId, sceneInfo, shownAvatar, waitConnected } from './hallPage.ts';

const HALL = 'hall-1';
/** Where A walks to (near the spawn points), and where B waits, across the alley from it. */
const STAND = 'h1-s002';
const MEETING_STAND = 'h1-s004';
/** On the main alley between the two: the observer sees everything from here. */
const OBSERVER_SPOT = { x: 22, y: 40 };
/** The server sends positions in 10 cm steps; the page must show the same spot. */
const SAME_SPOT_METRES = 0.15;

async function layout() {
  const response = await fetch(new URL(`/api/halls/${HALL}/layout`, inject('apiUrl')));
  return PublishedLayoutSchema.parse(await response.json());
}

function apart(a: { x: number; y: number }, b: { x: number; y: number }): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

let observer: HallObserver;
beforeAll(async () => {
  observer = await HallObserver.join(inject('apiUrl'), inject('gameUrl'), HALL);
});
afterAll(async () => {
  await observer.leave();
});

describeInBrowser('the walkable hall', (browser) => {
  it('shows one visitor walking to another, where the server says', async () => {
    const hall = await layout();
    const stand = standOf(hall, STAND);
    const meeting = standEntrance(standOf(hall, MEETING_STAND));
    // Both visitors start on the 2D map (one 3D page at a time keeps software WebGL quick).
    const a = await openPage(browser(), `/map/${HALL}`);
    const b = await openPage(browser(), `/map/${HALL}`);
    await Promise.all([waitConnected(a.page), waitConnected(b.page)]);
    const [aUser, bUser] = await Promise.all([ownUserId(a.page), ownUserId(b.page)]);
    await expect.poll(() => observer.avatarOf(aUser)).not.toBeNull();
    const spawn = truthOf(aUser);

    // The server sends only nearby avatars: B and the observer go where A is heading.
    await b.page.locator(`[data-stand-id="${MEETING_STAND}"]`).click();
    observer.walkTo(OBSERVER_SPOT.x, OBSERVER_SPOT.y);

    // Meanwhile A holds the right arrow (east on the north-up map) and stops.
    await a.page.keyboard.down('ArrowRight');
    await a.page.waitForTimeout(2500);
    await a.page.keyboard.up('ArrowRight');
    await expect
      .poll(
        () => {
          const truth = observer.avatarOf(aUser);
          return truth && truth.state === 'idle' && truth.x - spawn.x > 3;
        },
        { timeout: 10_000 },
      )
      .toBe(true);

    // B arrives and switches to 3D: the scene's own frame info, and real pixels on the canvas.
    await expect
      .poll(
        () => {
          const truth = observer.avatarOf(bUser);
          return truth && truth.state === 'idle' && apart(truth, meeting) < 0.5;
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    await b.page.getByRole('link', { name: 'Показать в 3D' }).click();
    const info = await sceneInfo(b.page);
    expect(info?.calls).toBeGreaterThan(0);
    expect(info?.triangles).toBeGreaterThan(0);
    const pixels = await canvasColours(b.page);
    expect(pixels.colours).toBeGreaterThan(16);
    expect(pixels.commonest).toBeLessThan(0.9);
    // B's hall shows A where the server has A.
    await expectSameSpot(b.page, aUser);

    // A clicks a stand on the map and walks there along the alleys; B sees A arrive.
    await a.page.locator(`[data-stand-id="${STAND}"]`).click();
    const entrance = standEntrance(stand);
    await expect
      .poll(
        () => {
          const truth = observer.avatarOf(aUser);
          return truth && truth.state === 'idle' && apart(truth, entrance) < 0.5;
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    await expectSameSpot(b.page, aUser);
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.page.context().close();
    await b.page.context().close();
  });
});

function standOf(published: PublishedLayout, id: string): Stand {
  const stand = published.layout.stands.find((candidate) => candidate.id === id);
  if (!stand) throw new Error(`The demo hall has no stand ${id}`);
  return stand;
}

function truthOf(userId: string): ServerAvatar {
  const avatar = observer.avatarOf(userId);
  if (!avatar) throw new Error('The server does not show this avatar to the observer');
  return avatar;
}

async function expectSameSpot(page: Awaited<ReturnType<typeof openPage>>['page'], userId: string) {
  await expect
    .poll(
      async () => {
        const truth = observer.avatarOf(userId);
        const shown = await shownAvatar(page, userId);
        return truth && shown ? apart(truth, shown) : Infinity;
      },
      { timeout: 5_000 },
    )
    .toBeLessThan(SAME_SPOT_METRES);
}

describeInBrowser(
  'the hall without WebGL',
  (browser) => {
    it('falls back to the map, walks to a stand, opens its panel and survives a drop', async () => {
      const stand = standOf(await layout(), STAND);
      const response = await fetch(
        new URL(`/api/exhibitors/${stand.exhibitorId}`, inject('apiUrl')),
      );
      const exhibitor = ExhibitorDetailSchema.parse(await response.json());
      const { page, errors } = await openPage(browser(), `/hall/${HALL}`, 'en');
      await waitConnected(page);
      await expect.poll(() => page.locator('.hall-fallback-note').count()).toBe(1);
      expect(await page.evaluate(() => window.__salonScene)).toBeUndefined();

      await page.locator(`[data-stand-id="${STAND}"]`).click();
      const prompt = page.getByTestId('near-stand');
      await expect.poll(() => prompt.innerText(), { timeout: 30_000 }).toContain(exhibitor.name.en);
      await page.keyboard.press('KeyE');
      const panel = page.getByTestId('stand-panel');
      await expect
        .poll(() => panel.getByRole('heading', { level: 2 }).first().innerText())
        .toBe(exhibitor.name.en);
      await page.keyboard.press('Escape');
      await expect.poll(() => panel.count()).toBe(0);

      // The map page shares the hall's connection: the same avatar, still at the stand.
      const selfId = await page.evaluate(() => window.__salonHall?.snapshot().selfId);
      await page.getByRole('link', { name: 'Pavilion map' }).click();
      await expect.poll(() => page.getByTestId('stand-list').count()).toBe(1);
      expect(await page.evaluate(() => window.__salonHall?.snapshot().selfId)).toBe(selfId);
      expect(await page.getByTestId('connection-status').getAttribute('data-status')).toBe(
        'connected',
      );

      // A dropped connection says so, and comes back into the same avatar.
      const status = page.getByTestId('connection-status');
      await page.context().setOffline(true);
      await expect.poll(() => status.getAttribute('data-status')).toBe('reconnecting');
      await page.context().setOffline(false);
      await expect
        .poll(() => status.getAttribute('data-status'), { timeout: 15_000 })
        .toBe('connected');
      expect(await page.evaluate(() => window.__salonHall?.snapshot().selfId)).toBe(selfId);
      expect(errors).toEqual([]);
      await page.context().close();
    });
  },
  ['--disable-3d-apis', '--disable-webgl'],
);
