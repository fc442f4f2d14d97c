/**
 * How the event chat lays its messages out: questions waiting for the expert (for the expert,
 * everyone's; for a viewer, their own), approved questions by votes (open ones first, answered
 * after), comments in the order they were written, and a viewer's own questions the expert did
 * not publish.
 */
import type { ForumMessage } from '@salon/shared';

export interface ChatSections {
  pending: ForumMessage[];
  questions: ForumMessage[];
  comments: ForumMessage[];
  rejected: ForumMessage[];
}

const byTime = (a: ForumMessage, b: ForumMessage) =>
  Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id);

/** Open questions first, then answered; within each, most votes first, then the earliest. */
export function sortQuestions(questions: readonly ForumMessage[]): ForumMessage[] {
  const rank = (message: ForumMessage) => (message.state === 'answered' ? 1 : 0);
  return [...questions].sort((a, b) => rank(a) - rank(b) || b.votes - a.votes || byTime(a, b));
}

export function chatSections(messages: readonly ForumMessage[]): ChatSections {
  const questions = messages.filter((message) => message.kind === 'question');
  return {
    pending: questions.filter((message) => message.state === 'pending').sort(byTime),
    questions: sortQuestions(
      questions.filter((message) => message.state === 'approved' || message.state === 'answered'),
    ),
    comments: messages.filter((message) => message.kind === 'comment').sort(byTime),
    rejected: questions.filter((message) => message.state === 'rejected').sort(byTime),
  };
}
