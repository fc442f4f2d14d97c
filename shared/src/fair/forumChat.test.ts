import { describe, expect, it } from 'vitest';
import {
  FORUM_MESSAGE_STATES,
  INITIAL_MESSAGE_STATE,
  MODERATION_ACTIONS,
  canVoteOn,
  isPublicState,
  moderate,
  type ModerationAction,
} from './forumChat.ts';

describe('moderate', () => {
  it('takes a question from pending to approved to answered', () => {
    const approved = moderate(
      { kind: 'question', state: INITIAL_MESSAGE_STATE.question },
      'approve',
    );
    expect(approved).toBe('approved');
    expect(moderate({ kind: 'question', state: 'approved' }, 'answer')).toBe('answered');
  });

  it('does not answer a question that was never approved, nor hide a question', () => {
    expect(moderate({ kind: 'question', state: 'pending' }, 'answer')).toBeNull();
    expect(moderate({ kind: 'question', state: 'approved' }, 'hide')).toBeNull();
  });

  it('hides and shows again only comments', () => {
    expect(moderate({ kind: 'comment', state: INITIAL_MESSAGE_STATE.comment }, 'hide')).toBe(
      'hidden',
    );
    expect(moderate({ kind: 'comment', state: 'hidden' }, 'unhide')).toBe('visible');
    expect(moderate({ kind: 'comment', state: 'visible' }, 'approve')).toBeNull();
  });

  it('never leads to a state an action does not name', () => {
    for (const action of Object.keys(MODERATION_ACTIONS) as ModerationAction[]) {
      for (const state of FORUM_MESSAGE_STATES) {
        for (const kind of ['question', 'comment'] as const) {
          const next = moderate({ kind, state }, action);
          expect(next === null || next === MODERATION_ACTIONS[action].to).toBe(true);
        }
      }
    }
  });
});

describe('isPublicState', () => {
  it('never shows pending, rejected or hidden messages to viewers', () => {
    expect(FORUM_MESSAGE_STATES.filter((state) => isPublicState(state))).toEqual([
      'approved',
      'answered',
      'visible',
    ]);
  });
});

describe('canVoteOn', () => {
  it('allows votes on approved and answered questions only', () => {
    expect(canVoteOn('question', 'approved')).toBe(true);
    expect(canVoteOn('question', 'answered')).toBe(true);
    expect(canVoteOn('question', 'pending')).toBe(false);
    expect(canVoteOn('comment', 'visible')).toBe(false);
  });
});
