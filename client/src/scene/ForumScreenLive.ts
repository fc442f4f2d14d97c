/**
 * The hall's one forum program session, as HallLive.ts is for stand webinars: `want` names the
 * screen and the event live on its stage (or none); the slot (HallLiveSlot.ts, reused as it is:
 * one room at a time, the old one left before the next is joined) joins the event's program
 * room, and the player (ForumProgramPlayer.ts) draws it on that screen. Walking from one screen
 * to another of the same event keeps the session and only moves the picture. A session that is
 * over (the producer ended the event, the connection failed for good) is let go, and `onOver`
 * tells the owner to ask the stage again; the slot does not rejoin it while still wanted.
 */
import type { Screen } from '@salon/shared';
import { LiveError } from '../live/LiveError.ts';
import { joinProgram, type ProgramSession } from './forumProgram.ts';
import type { ForumProgramPlayer } from './ForumProgramPlayer.ts';
import { HallLiveSlot, type LiveTarget } from './HallLiveSlot.ts';

export class ForumScreenLive {
  private readonly player: ForumProgramPlayer;
  private readonly onOver: (stageId: string) => void;
  private readonly slot: HallLiveSlot<ProgramSession>;
  private readonly logged = new Set<string>();
  private screen: Screen | null = null;
  private session: ProgramSession | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(player: ForumProgramPlayer, onOver: (stageId: string) => void) {
    this.player = player;
    this.onOver = onOver;
    this.slot = new HallLiveSlot(
      (eventId) => this.join(eventId),
      (session) => this.hold(session),
    );
  }

  /** Plays the program of `eventId` on `screen`; null for either leaves the room. */
  want(screen: Screen | null, eventId: string | null, identity: number): void {
    this.screen = screen && eventId ? screen : null;
    const target: LiveTarget | null =
      screen && eventId ? { exhibitorId: screen.stageId, webinarId: eventId, identity } : null;
    this.slot.want(target);
    // The session held may be of the last event until the slot has left it: not shown here.
    this.player.hold(this.session?.eventId === eventId ? this.session : null, this.screen);
  }

  dispose(): void {
    this.hold(null);
    this.slot.dispose();
  }

  private async join(eventId: string): Promise<ProgramSession> {
    try {
      return await joinProgram(eventId);
    } catch (error) {
      const quiet =
        error instanceof LiveError && (error.kind === 'ended' || error.kind === 'notLive');
      if (!quiet && !this.logged.has(eventId)) {
        this.logged.add(eventId);
        console.warn(
          `The program of forum event ${eventId} cannot be joined; its screen shows its card.`,
          error,
        );
      }
      // Reported here, in the forum's words: the slot only needs to know it is not joined.
      throw new LiveError('ended', null, { cause: error });
    }
  }

  private hold(session: ProgramSession | null): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.session = session;
    this.player.hold(session, session ? this.screen : null);
    if (!session) return;
    this.unsubscribe = session.onChange(() => {
      if (session !== this.session || session.state !== 'disconnected') return;
      const stageId = this.screen?.stageId;
      this.slot.over(session);
      if (stageId) this.onOver(stageId);
    });
  }
}
