import { describe, expect, it } from 'vitest';
import { chatSections, sortQuestions } from './chatSections.ts';
import { message } from './testMessages.ts';

describe('sortQuestions', () => {
  it('puts the most voted first and the earliest first among equals', () => {
    const early = message({ votes: 2 });
    const late = message({ votes: 2 });
    const top = message({ votes: 5 });
    const none = message({ votes: 0 });
    expect(sortQuestions([none, late, top, early]).map((m) => m.id)).toEqual([
      top.id,
      early.id,
      late.id,
      none.id,
    ]);
  });

  it('keeps answered questions after the open ones, whatever their votes', () => {
    const answered = message({ state: 'answered', votes: 10 });
    const open = message({ votes: 1 });
    expect(sortQuestions([answered, open]).map((m) => m.id)).toEqual([open.id, answered.id]);
  });

  it('does not change the list it is given', () => {
    const list = [message({ votes: 0 }), message({ votes: 3 })];
    const before = list.map((m) => m.id);
    sortQuestions(list);
    expect(list.map((m) => m.id)).toEqual(before);
  });
});

describe('chatSections', () => {
  it('sorts each message into its section', () => {
    const pending = message({ state: 'pending' });
    const approved = message({ state: 'approved' });
    const rejected = message({ state: 'rejected' });
    const comment = message({ kind: 'comment', state: 'visible' });
    const hidden = message({ kind: 'comment', state: 'hidden' });
    const sections = chatSections([hidden, comment, rejected, approved, pending]);
    expect(sections.pending).toEqual([pending]);
    expect(sections.questions).toEqual([approved]);
    expect(sections.rejected).toEqual([rejected]);
    expect(sections.comments).toEqual([comment, hidden]);
  });
});
