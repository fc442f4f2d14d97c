/**
 * The hall's video gives way to any other player on the page (the stand panel's, say): when one
 * starts, `onOtherStarted` runs; when that one pauses (or is taken out of the page, which pauses
 * it), `onOtherStopped` runs. `yielding` says whether the hall should start nothing right now.
 */
export class PagePlayerYield {
  private readonly own: HTMLMediaElement;
  private readonly onOtherStarted: () => void;
  private readonly onOtherStopped: () => void;
  private yieldedTo: HTMLMediaElement | null = null;

  constructor(own: HTMLMediaElement, onOtherStarted: () => void, onOtherStopped: () => void) {
    this.own = own;
    this.onOtherStarted = onOtherStarted;
    this.onOtherStopped = onOtherStopped;
    // Media events do not bubble; capturing on the document still sees every page player start.
    document.addEventListener('play', this.onPlay, true);
  }

  get yielding(): boolean {
    return this.yieldedTo !== null && !this.yieldedTo.paused;
  }

  dispose(): void {
    document.removeEventListener('play', this.onPlay, true);
    this.yieldedTo = null;
  }

  private readonly onPlay = (event: Event): void => {
    const other = event.target;
    if (!(other instanceof HTMLMediaElement) || other === this.own) return;
    if (this.yieldedTo !== other) {
      this.yieldedTo = other;
      // On the element itself: a player taken out of the page pauses where the document misses it.
      other.addEventListener('pause', () => this.stopped(other), { once: true });
    }
    this.onOtherStarted();
  };

  private stopped(other: HTMLMediaElement): void {
    if (this.yieldedTo !== other) return;
    this.yieldedTo = null;
    this.onOtherStopped();
  }
}
