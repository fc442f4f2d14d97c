/** Chat messages for the unit tests of this folder. */
import type { ForumMessage } from '@salon/shared';

let counter = 0;

export function message(overrides: Partial<ForumMessage> = {}): ForumMessage {
  counter += 1;
  const id = `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
  return {
    id,
    eventId: 'ev001',
    kind: 'question',
    state: 'approved',
    author: { id: '10000000-0000-4000-8000-000000000001', displayName: 'Анна', isStaff: false },
    body: `Message ${String(counter)}`,
    votes: 0,
    answeredAtSeconds: null,
    createdAt: new Date(Date.UTC(2027, 3, 26, 7, 0, counter)).toISOString(),
    ...overrides,
  };
}
