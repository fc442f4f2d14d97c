import type { ChatHistory, ChatMessage } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { chatReducer, initialChatState, type ChatAction, type ChatState } from './chatReducer.ts';

function message(n: number, overrides: Partial<ChatMessage> = {}): ChatMessage {
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    exhibitorId: 'e001',
    author: { id: '00000000-0000-4000-8000-00000000aaaa', displayName: 'Анна', isStaff: false },
    body: `message ${n}`,
    createdAt: new Date(Date.UTC(2027, 3, 26, 10, 0, n)).toISOString(),
    hidden: false,
    ...overrides,
  };
}

function page(numbers: number[], nextBefore: number | null = null): ChatHistory {
  return {
    items: numbers.map((n) => message(n)),
    nextBefore: nextBefore === null ? null : message(nextBefore).id,
  };
}

function run(state: ChatState, ...actions: ChatAction[]): ChatState {
  return actions.reduce(chatReducer, state);
}

const bodies = (state: ChatState) => state.messages.map((entry) => entry.body);

describe('chatReducer', () => {
  it('shows the latest page on entry, with the cursor for earlier messages', () => {
    const state = run(initialChatState(false), { type: 'latest', page: page([3, 4, 5], 3) });
    expect(bodies(state)).toEqual(['message 3', 'message 4', 'message 5']);
    expect(state.nextBefore).toBe(message(3).id);
    expect(state.loaded).toBe(true);
  });

  it('merges live messages that arrived before the history, once each', () => {
    const state = run(
      initialChatState(false),
      { type: 'event', event: { type: 'message', message: message(6) } },
      { type: 'latest', page: page([4, 5, 6]) },
      { type: 'event', event: { type: 'message', message: message(7) } },
    );
    expect(bodies(state)).toEqual(['message 4', 'message 5', 'message 6', 'message 7']);
  });

  it('counts the own post and its live echo as one message', () => {
    const state = run(
      initialChatState(false),
      { type: 'latest', page: page([1]) },
      { type: 'posted', message: message(2) },
      { type: 'event', event: { type: 'message', message: message(2) } },
    );
    expect(bodies(state)).toEqual(['message 1', 'message 2']);
  });

  it('orders by time whatever the arrival order', () => {
    const state = run(
      initialChatState(false),
      { type: 'event', event: { type: 'message', message: message(9) } },
      { type: 'event', event: { type: 'message', message: message(8) } },
    );
    expect(bodies(state)).toEqual(['message 8', 'message 9']);
  });

  it('puts earlier pages in front and moves the cursor back', () => {
    const state = run(
      initialChatState(false),
      { type: 'latest', page: page([3, 4], 3) },
      { type: 'earlier', page: page([1, 2]) },
    );
    expect(bodies(state)).toEqual(['message 1', 'message 2', 'message 3', 'message 4']);
    expect(state.nextBefore).toBeNull();
  });

  it('keeps the cursor when a reconnect reloads a page that overlaps', () => {
    const state = run(
      initialChatState(false),
      { type: 'latest', page: page([3, 4], 3) },
      { type: 'earlier', page: page([1, 2], 1) },
      { type: 'latest', page: page([4, 5], 4) },
    );
    expect(bodies(state)).toEqual([1, 2, 3, 4, 5].map((n) => `message ${n}`));
    expect(state.nextBefore).toBe(message(1).id);
  });

  it('starts again from the latest page when a long disconnection left a gap', () => {
    const state = run(
      initialChatState(false),
      { type: 'latest', page: page([1, 2]) },
      { type: 'latest', page: page([60, 61], 60) },
    );
    expect(bodies(state)).toEqual(['message 60', 'message 61']);
    expect(state.nextBefore).toBe(message(60).id);
  });

  describe('for visitors', () => {
    it('removes a message when it is hidden', () => {
      const state = run(
        initialChatState(false),
        { type: 'latest', page: page([1, 2]) },
        { type: 'event', event: { type: 'hidden', messageId: message(1).id } },
      );
      expect(bodies(state)).toEqual(['message 2']);
    });

    it('does not bring a hidden message back from an older copy', () => {
      const state = run(
        initialChatState(false),
        { type: 'event', event: { type: 'message', message: message(1) } },
        { type: 'event', event: { type: 'hidden', messageId: message(1).id } },
        { type: 'latest', page: page([1, 2]) },
      );
      expect(bodies(state)).toEqual(['message 2']);
    });

    it('ignores the hiding of a message it never had', () => {
      const state = run(
        initialChatState(false),
        { type: 'latest', page: page([1]) },
        { type: 'event', event: { type: 'hidden', messageId: message(9).id } },
      );
      expect(bodies(state)).toEqual(['message 1']);
    });
  });

  describe('in moderation', () => {
    it('keeps hidden messages from the history, marked', () => {
      const state = run(initialChatState(true), {
        type: 'latest',
        page: { items: [message(1, { hidden: true }), message(2)], nextBefore: null },
      });
      expect(state.messages.map((entry) => entry.hidden)).toEqual([true, false]);
    });

    it('marks a message hidden by a live event or by its own Hide', () => {
      const state = run(
        initialChatState(true),
        { type: 'latest', page: page([1, 2]) },
        { type: 'event', event: { type: 'hidden', messageId: message(1).id } },
        { type: 'hidden', messageId: message(2).id },
      );
      expect(state.messages.map((entry) => [entry.body, entry.hidden])).toEqual([
        ['message 1', true],
        ['message 2', true],
      ]);
    });

    it('keeps it hidden when a stale copy arrives', () => {
      const state = run(
        initialChatState(true),
        { type: 'latest', page: page([1]) },
        { type: 'hidden', messageId: message(1).id },
        { type: 'latest', page: page([1]) },
      );
      expect(state.messages[0]?.hidden).toBe(true);
    });
  });
});
