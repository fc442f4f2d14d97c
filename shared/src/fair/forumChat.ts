/**
 * The expert-moderated chat of a forum event. Questions wait for the event's chat expert, who
 * approves, rejects or (once approved and answered on air) marks them answered; comments appear
 * at once and the expert can hide them. One table of moderation actions says which states each
 * acts on and where it leads; only some states are ever shown to viewers.
 */
import { z } from 'zod';

export const FORUM_MESSAGE_KINDS = ['question', 'comment'] as const;
export const ForumMessageKindSchema = z.enum(FORUM_MESSAGE_KINDS);
export type ForumMessageKind = z.infer<typeof ForumMessageKindSchema>;

export const FORUM_MESSAGE_STATES = [
  'pending',
  'approved',
  'rejected',
  'answered',
  'visible',
  'hidden',
] as const;
export const ForumMessageStateSchema = z.enum(FORUM_MESSAGE_STATES);
export type ForumMessageState = z.infer<typeof ForumMessageStateSchema>;

/** Where a new message starts: questions wait for the expert, comments are shown at once. */
export const INITIAL_MESSAGE_STATE = {
  question: 'pending',
  comment: 'visible',
} as const satisfies Record<ForumMessageKind, ForumMessageState>;

/** The states viewers see; everything else stays with the event's staff. */
export const PUBLIC_MESSAGE_STATES = [
  'approved',
  'answered',
  'visible',
] as const satisfies readonly ForumMessageState[];

export function isPublicState(state: ForumMessageState): boolean {
  return (PUBLIC_MESSAGE_STATES as readonly ForumMessageState[]).includes(state);
}

/** Viewers vote on questions they can see and that are still open or answered. */
export function canVoteOn(kind: ForumMessageKind, state: ForumMessageState): boolean {
  return kind === 'question' && (state === 'approved' || state === 'answered');
}

export const MODERATION_ACTIONS = {
  approve: { kind: 'question', from: ['pending', 'rejected'], to: 'approved' },
  reject: { kind: 'question', from: ['pending', 'approved'], to: 'rejected' },
  answer: { kind: 'question', from: ['approved'], to: 'answered' },
  hide: { kind: 'comment', from: ['visible'], to: 'hidden' },
  unhide: { kind: 'comment', from: ['hidden'], to: 'visible' },
} as const satisfies Record<
  string,
  { kind: ForumMessageKind; from: readonly ForumMessageState[]; to: ForumMessageState }
>;
export type ModerationAction = keyof typeof MODERATION_ACTIONS;
export const ModerationActionSchema = z.enum(
  Object.keys(MODERATION_ACTIONS) as [ModerationAction, ...ModerationAction[]],
);

/** The state a moderation action leads to, or null when it does not apply to this message. */
export function moderate(
  message: { kind: ForumMessageKind; state: ForumMessageState },
  action: ModerationAction,
): ForumMessageState | null {
  const rule = MODERATION_ACTIONS[action];
  const from: readonly ForumMessageState[] = rule.from;
  return rule.kind === message.kind && from.includes(message.state) ? rule.to : null;
}
