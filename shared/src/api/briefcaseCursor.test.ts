import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { BriefcaseCursorSchema, briefcaseCursor } from './briefcaseCursor.ts';

const PLACE = {
  addedAt: '2027-04-26T10:00:00.123456Z',
  id: '5d6a1f3e-2b1c-4c8e-9f00-000000000001',
};

/** base64url of `text` (ASCII), as a client could forge it. */
function encoded(text: string): string {
  return z.util.uint8ArrayToBase64url(Uint8Array.from(text, (char) => char.charCodeAt(0)));
}

describe('briefcaseCursor', () => {
  it('gives opaque url-safe text that reads back as the same place, microseconds kept', () => {
    const cursor = briefcaseCursor(PLACE);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(cursor).not.toContain(PLACE.id);
    expect(BriefcaseCursorSchema.parse(cursor)).toEqual(PLACE);
  });
});

describe('BriefcaseCursorSchema', () => {
  it.each([
    ['an empty string', ''],
    ['garbage', 'not a cursor!'],
    ['base64url of garbage', encoded('hello')],
    ['a length base64 cannot have', 'a'],
    ['text far too long', 'A'.repeat(10_000)],
    ['SQL', encoded(`2027-04-26T10:00:00.000000Z|x' or '1'='1`)],
    ['SQL, unencoded', "' or 1=1 --"],
    ['milliseconds only', encoded(`2027-04-26T10:00:00.123Z|${PLACE.id}`)],
    ['a day that does not exist', encoded(`2027-02-29T10:00:00.000000Z|${PLACE.id}`)],
    ['year 0000, which PostgreSQL refuses', encoded(`0000-01-01T00:00:00.000000Z|${PLACE.id}`)],
    ['a third part', encoded(`${PLACE.addedAt}|${PLACE.id}|more`)],
    ['a number', 42],
    ['a list', [briefcaseCursor(PLACE)]],
  ])('refuses %s with one issue saying what to do', (_what, input) => {
    const result = BriefcaseCursorSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toHaveLength(1);
    expect(result.error?.issues[0]?.message).toMatch(/not a cursor the briefcase gave out/);
  });
});
