/** What every client of a hall room shares: which layout version is loaded, and who is in. */
import { schema, t, type SchemaType } from '@colyseus/schema';

export const Avatar = schema(
  {
    name: t.string(),
  },
  'Avatar',
);
export type Avatar = SchemaType<typeof Avatar>;

export const HallState = schema(
  {
    hallId: t.string(),
    layoutVersion: t.uint32(),
    avatars: t.map(Avatar),
  },
  'HallState',
);
export type HallState = SchemaType<typeof HallState>;
