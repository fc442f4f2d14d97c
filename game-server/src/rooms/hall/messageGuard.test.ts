import { describe, expect, it } from 'vitest';
import { MESSAGE_LIMITS, MessageGuard } from './messageGuard.ts';

function admitted(guard: MessageGuard, lane: 'intent' | 'pathfinding', count: number, now: number) {
  let passed = 0;
  for (let index = 0; index < count; index += 1) if (guard.admit(lane, now)) passed += 1;
  return passed;
}

describe('MessageGuard', () => {
  it('lets a burst through, then refuses until tokens refill', () => {
    const guard = new MessageGuard(0);
    expect(admitted(guard, 'intent', 100, 0)).toBe(MESSAGE_LIMITS.intent.burst);
    expect(guard.admit('intent', 10)).toBe(false);
    expect(admitted(guard, 'intent', 100, 1000)).toBe(MESSAGE_LIMITS.intent.perSecond);
  });

  it('keeps a tighter, separate budget for pathfinding', () => {
    const guard = new MessageGuard(0);
    expect(admitted(guard, 'pathfinding', 100, 0)).toBe(MESSAGE_LIMITS.pathfinding.burst);
    expect(guard.admit('intent', 0)).toBe(true);
  });

  it('never refills past the burst, however long the client was quiet', () => {
    const guard = new MessageGuard(0);
    expect(admitted(guard, 'intent', 1000, 3_600_000)).toBe(MESSAGE_LIMITS.intent.burst);
  });

  it('asks for a disconnect after maxStrikes strikes in a row', () => {
    const guard = new MessageGuard(0);
    const verdicts = Array.from({ length: MESSAGE_LIMITS.maxStrikes }, () => guard.strike(0));
    expect(verdicts.slice(0, -1).every((verdict) => !verdict)).toBe(true);
    expect(verdicts.at(-1)).toBe(true);
  });

  it('forgives a client whose strikes are spread out over time', () => {
    const guard = new MessageGuard(0);
    const spacing = 1000 / MESSAGE_LIMITS.strikeDecayPerSecond;
    for (let index = 0; index < 200; index += 1) expect(guard.strike(index * spacing)).toBe(false);
  });

  it('does not let a clock that goes backwards mint tokens', () => {
    const guard = new MessageGuard(10_000);
    admitted(guard, 'intent', 100, 10_000);
    expect(guard.admit('intent', 0)).toBe(false);
  });
});
