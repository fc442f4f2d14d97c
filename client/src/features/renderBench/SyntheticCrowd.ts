/**
 * The render benchmark's avatars: they walk up and down the theme alleys (each in its own lane),
 * a fifth of them standing still, written straight into `world.avatars` every frame the way the
 * multiplayer layer would. The first one is "you": it has a path on the floor and a near stand,
 * so the path ribbon, the rings, the highlight and the follow camera are all exercised.
 */
import { avatarColor, nearestStand } from '@salon/shared';
import type { AvatarView, HallWorld } from '../../state/hallWorld.ts';
import { seededRandom } from './random.ts';

interface Walker {
  readonly view: AvatarView;
  readonly fromX: number;
  readonly toX: number;
  readonly speed: number;
  direction: 1 | -1;
}

const NEAR_STAND_METRES = 2.5;

export class SyntheticCrowd {
  private readonly walkers: Walker[] = [];
  private readonly world: HallWorld;
  private frame = 0;

  constructor(world: HallWorld, count: number, seed = 1) {
    this.world = world;
    const random = seededRandom(seed);
    const rows = world.layout.alleys.filter((alley) => alley.topicCode !== null);
    for (let i = 0; i < count && rows.length > 0; i += 1) {
      const alley = rows[Math.floor(random() * rows.length)] ?? rows[0];
      if (!alley) break;
      const fromX = Math.min(alley.from.x, alley.to.x);
      const toX = Math.max(alley.from.x, alley.to.x);
      const id = `bench-${i}`;
      const walking = i === 0 || random() > 0.2;
      const view: AvatarView = {
        id,
        userId: id,
        name: `${i === 0 ? 'Вы' : 'Гость'} ${i + 1}`,
        role: 'visitor',
        color: avatarColor(id),
        x: fromX + random() * (toX - fromX),
        y: alley.from.y + (random() - 0.5) * (alley.width - 1),
        heading: 0,
        state: walking ? 'walking' : 'idle',
        standId: '',
      };
      const speed = walking ? 1 + random() * 0.6 : 0;
      this.walkers.push({ view, fromX, toX, speed, direction: random() < 0.5 ? 1 : -1 });
      world.avatars.set(id, view);
    }
    world.selfId = this.walkers[0]?.view.id ?? null;
    world.structureVersion += 1;
  }

  step(seconds: number): void {
    for (const walker of this.walkers) {
      const view = walker.view;
      if (walker.speed === 0) continue;
      view.x += walker.direction * walker.speed * seconds;
      if (view.x > walker.toX || view.x < walker.fromX) {
        walker.direction = walker.direction === 1 ? -1 : 1;
        view.x = Math.min(walker.toX, Math.max(walker.fromX, view.x));
      }
      view.heading = walker.direction === 1 ? 0 : Math.PI;
    }
    const self = this.walkers[0];
    if (!self) return;
    const end = self.direction === 1 ? self.toX : self.fromX;
    const path = this.world.path;
    if (!path || path.at(-1)?.x !== end) {
      this.world.path = [
        { x: self.view.x, y: self.view.y },
        { x: end, y: self.view.y },
      ];
    }
    this.frame += 1;
    if (this.frame % 10 === 0) {
      const near = nearestStand(this.world.layout.stands, self.view, NEAR_STAND_METRES);
      this.world.nearStandId = near?.stand.id ?? null;
    }
  }
}
