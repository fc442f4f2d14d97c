/**
 * How most bots behave, like visitors browsing the hall: walk along the alleys to some point
 * (walkTo), linger there a few seconds as if reading a stand, now and then stroll a little with
 * the keyboard (move, then stop). Returns a function that stops the bot's loop.
 */
import { AVATAR_STATES, type Vec2 } from '@salon/shared';
import type { AlleyPoint } from './alleyPoints.ts';
import type { Bot, BotRoom } from './Bot.ts';

type BotAvatars = BotRoom['state']['avatars'];

const LINGER_SECONDS = { min: 2, max: 6 } as const;
const STROLL_SECONDS = { min: 1, max: 2 } as const;
const STROLL_SHARE = 0.15;
const IDLE = AVATAR_STATES.indexOf('idle');

export function roam(bot: Bot, pickPoint: () => AlleyPoint, random: () => number): () => void {
  let timer: NodeJS.Timeout | undefined;
  let running = true;
  const between = (range: { min: number; max: number }) =>
    (range.min + random() * (range.max - range.min)) * 1000;
  const later = (ms: number, next: () => void) => {
    if (running) timer = setTimeout(next, ms);
  };

  const arrived = (): boolean => {
    const room = bot.room;
    // A room whose first state patch has not arrived yet has no avatars map.
    const avatars: BotAvatars | undefined = room?.state.avatars;
    const own = room ? avatars?.get(room.sessionId) : undefined;
    return own !== undefined && own.state === IDLE;
  };

  // The alley of the last walkTo target: strolls go along it, not off into the stands (and
  // there is no stroll before the first walk, since the spawn's alley is not known).
  let along: Vec2 | null = null;

  const decide = (): void => {
    if (along && random() < STROLL_SHARE) {
      const sign = random() < 0.5 ? -1 : 1;
      bot.send('move', { x: along.x * sign, y: along.y * sign });
      later(between(STROLL_SECONDS), () => {
        bot.send('stop');
        later(between(LINGER_SECONDS), decide);
      });
      return;
    }
    const target = pickPoint();
    along = target.along;
    bot.send('walkTo', { x: target.x, y: target.y });
    // Check for arrival once a second (walks take 2-50 s), then linger.
    const poll = (checks: number): void => {
      if (checks > 1 && (arrived() || checks > 60)) later(between(LINGER_SECONDS), decide);
      else later(1000, () => poll(checks + 1));
    };
    poll(0);
  };

  later(random() * 1000, decide);
  return () => {
    running = false;
    clearTimeout(timer);
  };
}
