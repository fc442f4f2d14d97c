/**
 * The hall's one live webinar session: the stand screen's view of the selected stand's webinar.
 * `want` names the webinar to be in (or none); the slot leaves the session it holds and only
 * then joins the next, so the hall is never in two rooms, however fast the visitor walks.
 *
 * A target the slot has acted on is not joined again while it stays wanted: a join that failed
 * (LiveKit unreachable: logged once per webinar, the screen keeps the presentation) or a session
 * that is over (the host ended it) waits until the visitor walks away and comes back. Knows
 * nothing of LiveKit: it is handed `join`, so the rule is tested with fakes.
 */
import { LiveError, type LiveErrorKind } from '../live/LiveError.ts';

export interface LiveTarget {
  readonly exhibitorId: string;
  readonly webinarId: string;
  /** The visitor's identity generation (sessionStore): another person joins on their own. */
  readonly identity: number;
}

/** What the slot needs of a session. */
export interface SlotSession {
  leave(): Promise<void>;
}

export type Join<S extends SlotSession> = (webinarId: string) => Promise<S>;

/** Refusals that only say the list was a moment behind: no failure to report. */
const NOT_FAILURES: ReadonlySet<LiveErrorKind> = new Set(['ended', 'notLive']);

export class HallLiveSlot<S extends SlotSession> {
  private readonly join: Join<S>;
  private readonly onSession: (session: S | null, target: LiveTarget | null) => void;
  private readonly logged = new Set<string>();
  private wanted: LiveTarget | null = null;
  /** The target last joined or tried, whatever came of it. */
  private settled: LiveTarget | null = null;
  private held: S | null = null;
  private running = false;
  private disposed = false;

  constructor(join: Join<S>, onSession: (session: S | null, target: LiveTarget | null) => void) {
    this.join = join;
    this.onSession = onSession;
  }

  want(target: LiveTarget | null): void {
    if (this.disposed) return;
    this.wanted = target;
    void this.run();
  }

  /** The held session is over (ended, failed): let go of it, and stay out while still wanted. */
  over(session: S): void {
    if (session !== this.held) return;
    this.held = null;
    this.onSession(null, null);
    void session.leave();
  }

  /** Leaves the held session; a join still on its way is left as soon as it lands. */
  dispose(): void {
    this.disposed = true;
    this.wanted = null;
    void this.run();
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      while (!sameTarget(this.settled, this.wanted)) {
        if (this.held) {
          const leaving = this.held;
          this.held = null;
          this.onSession(null, null);
          await leaving.leave();
          continue;
        }
        const target = this.wanted;
        this.settled = target;
        if (target) await this.enter(target);
      }
    } finally {
      this.running = false;
    }
  }

  private async enter(target: LiveTarget): Promise<void> {
    let session: S;
    try {
      session = await this.join(target.webinarId);
    } catch (error) {
      this.report(target, error);
      return;
    }
    if (this.disposed || !sameTarget(target, this.wanted)) {
      await session.leave();
      return;
    }
    this.held = session;
    this.onSession(session, target);
  }

  private report(target: LiveTarget, error: unknown): void {
    if (error instanceof LiveError && NOT_FAILURES.has(error.kind)) return;
    if (this.logged.has(target.webinarId)) return;
    this.logged.add(target.webinarId);
    console.warn(
      `The live webinar of stand ${target.exhibitorId} cannot be joined; its screen shows its video.`,
      error,
    );
  }
}

function sameTarget(a: LiveTarget | null, b: LiveTarget | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.webinarId === b.webinarId && a.exhibitorId === b.exhibitorId && a.identity === b.identity
  );
}
