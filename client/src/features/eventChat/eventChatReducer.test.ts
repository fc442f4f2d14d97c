import type { ForumChatHistory, ForumMessage } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import {
  eventChatReducer,
  initialEventChatState,
  type EventChatState,
} from './eventChatReducer.ts';
import { message } from './testMessages.ts';

const page = (items: ForumMessage[], myVotes: string[] = []): ForumChatHistory => ({
  items,
  nextBefore: null,
  myVotes,
});

function loaded(items: ForumMessage[], moderation = false): EventChatState {
  return eventChatReducer(initialEventChatState(moderation), { type: 'latest', page: page(items) });
}

describe('eventChatReducer', () => {
  it('keeps one copy of a message that arrives from the api and the stream', () => {
    const posted = message({ kind: 'comment', state: 'visible' });
    let state = eventChatReducer(loaded([]), { type: 'upsert', message: posted });
    state = eventChatReducer(state, { type: 'event', event: { type: 'message', message: posted } });
    expect(Object.keys(state.byId)).toEqual([posted.id]);
  });

  it('replaces a pending question with its approved self', () => {
    const pending = message({ state: 'pending' });
    let state = eventChatReducer(loaded([]), { type: 'mine', items: [pending] });
    const approved = { ...pending, state: 'approved' as const };
    state = eventChatReducer(state, {
      type: 'event',
      event: { type: 'message', message: approved },
    });
    expect(state.byId[pending.id]?.state).toBe('approved');
  });

  it('takes away a removed message and ignores one it never had', () => {
    const comment = message({ kind: 'comment', state: 'visible' });
    let state = loaded([comment]);
    const unknown = '99999999-0000-4000-8000-000000000000';
    expect(
      eventChatReducer(state, { type: 'event', event: { type: 'removed', messageId: unknown } }),
    ).toBe(state);
    state = eventChatReducer(state, {
      type: 'event',
      event: { type: 'removed', messageId: comment.id },
    });
    expect(state.byId).toEqual({});
  });

  it('updates the votes of a question from the stream', () => {
    const question = message({ votes: 1 });
    const state = eventChatReducer(loaded([question]), {
      type: 'event',
      event: { type: 'votes', messageId: question.id, votes: 4 },
    });
    expect(state.byId[question.id]?.votes).toBe(4);
  });

  it('toggles the person’s own vote', () => {
    const question = message({ votes: 0 });
    let state = eventChatReducer(loaded([question]), {
      type: 'voted',
      vote: { messageId: question.id, votes: 1, votedByMe: true },
    });
    expect(state.myVotes).toEqual([question.id]);
    expect(state.byId[question.id]?.votes).toBe(1);
    state = eventChatReducer(state, {
      type: 'voted',
      vote: { messageId: question.id, votes: 0, votedByMe: false },
    });
    expect(state.myVotes).toEqual([]);
  });

  it('learns the votes of a page without forgetting those of others', () => {
    const a = message();
    const b = message();
    let state = eventChatReducer(loaded([a]), {
      type: 'voted',
      vote: { messageId: a.id, votes: 1, votedByMe: true },
    });
    state = eventChatReducer(state, { type: 'earlier', page: page([b], [b.id]) });
    expect([...state.myVotes].sort()).toEqual([a.id, b.id].sort());
  });

  describe('a latest page read again after a drop', () => {
    it('drops what was removed meanwhile from the page’s time on', () => {
      const older = message({ kind: 'comment', state: 'visible' });
      const gone = message({ kind: 'comment', state: 'visible' });
      const still = message({ kind: 'comment', state: 'visible' });
      let state = loaded([older, gone, still]);
      state = eventChatReducer(state, { type: 'latest', page: page([older, still]) });
      expect(Object.keys(state.byId).sort()).toEqual([older.id, still.id].sort());
    });

    it('keeps the viewer’s own pending question, which no public page holds', () => {
      const pending = message({ state: 'pending' });
      const comment = message({ kind: 'comment', state: 'visible' });
      let state = eventChatReducer(loaded([]), { type: 'mine', items: [pending] });
      state = eventChatReducer(state, { type: 'latest', page: page([comment]) });
      expect(state.byId[pending.id]).toBeDefined();
    });

    it('in the moderation view, drops a pending question the page no longer holds', () => {
      const pending = message({ state: 'pending' });
      const later = message({ kind: 'comment', state: 'visible' });
      let state = loaded([pending, later], true);
      state = eventChatReducer(state, { type: 'latest', page: page([]) });
      expect(state.byId).toEqual({});
    });

    it('keeps the place of earlier pages already loaded', () => {
      const first = eventChatReducer(initialEventChatState(false), {
        type: 'latest',
        page: { items: [], nextBefore: '00000000-0000-4000-8000-00000000aaaa', myVotes: [] },
      });
      const again = eventChatReducer(first, { type: 'latest', page: page([]) });
      expect(again.nextBefore).toBe('00000000-0000-4000-8000-00000000aaaa');
    });
  });
});
