/**
 * Where bots go: random points inside the alley corridors of the published layout, chosen by
 * alley length, so a crowd of bots spreads over the hall the way visitors walking it would.
 */
import type { Alley, Vec2 } from '@salon/shared';

export interface AlleyPoint extends Vec2 {
  /** Unit direction along the alley: the way to step without walking into a stand. */
  readonly along: Vec2;
}

export function alleyPointPicker(alleys: readonly Alley[], random: () => number) {
  const lengths = alleys.map((alley) =>
    Math.hypot(alley.to.x - alley.from.x, alley.to.y - alley.from.y),
  );
  const total = lengths.reduce((sum, length) => sum + length, 0);
  return (): AlleyPoint => {
    let pick = random() * total;
    let index = 0;
    while (index < alleys.length - 1 && pick > (lengths[index] ?? 0)) {
      pick -= lengths[index] ?? 0;
      index += 1;
    }
    const alley = alleys[index];
    const length = lengths[index] ?? 1;
    if (!alley) throw new Error('The hall has no alleys');
    const along = {
      x: (alley.to.x - alley.from.x) / length,
      y: (alley.to.y - alley.from.y) / length,
    };
    // Keep clear of the ends (walls) and of the corridor's edges (stands).
    const t = 0.05 + random() * 0.9;
    const side = (random() * 2 - 1) * Math.max(0, alley.width / 2 - 0.8);
    return {
      x: alley.from.x + (alley.to.x - alley.from.x) * t - along.y * side,
      y: alley.from.y + (alley.to.y - alley.from.y) * t + along.x * side,
      along,
    };
  };
}
