/**
 * The hall's live webinar on the selected stand's screen: joins through the slot (one room at a
 * time, HallLiveSlot.ts), wraps the session for the player (LiveScreenFeed.ts), tells the player
 * of every change, and lets go of a session once it is over (the host ended it, it failed), so
 * the screen goes back to the presentation video. The LiveKit connection itself is src/live/.
 */
import { joinWebinar, type LiveSession } from '../live/joinWebinar.ts';
import { HallLiveSlot, type LiveTarget } from './HallLiveSlot.ts';
import { LiveScreenFeed } from './LiveScreenFeed.ts';
import type { StandVideoPlayer } from './StandVideoPlayer.ts';

// Muted until the visitor asks: the player hands the sound toggle on to the session.
const join = (webinarId: string) => joinWebinar(webinarId, { sound: false });

export class HallLive {
  private readonly player: StandVideoPlayer;
  private readonly slot: HallLiveSlot<LiveSession>;
  private feed: LiveScreenFeed | null = null;

  constructor(player: StandVideoPlayer) {
    this.player = player;
    this.slot = new HallLiveSlot(join, (session, target) => this.hold(session, target));
  }

  want(target: LiveTarget | null): void {
    this.slot.want(target);
  }

  dispose(): void {
    this.hold(null, null);
    this.slot.dispose();
  }

  private hold(session: LiveSession | null, target: LiveTarget | null): void {
    this.feed?.dispose();
    this.feed = null;
    if (session && target) {
      const feed = new LiveScreenFeed(session, target.exhibitorId, () => this.changed(feed));
      this.feed = feed;
    }
    this.player.setLive(this.feed);
  }

  private changed(feed: LiveScreenFeed): void {
    if (feed !== this.feed) return;
    this.player.setLive(feed);
    if (feed.session.state === 'disconnected') this.slot.over(feed.session);
  }
}
