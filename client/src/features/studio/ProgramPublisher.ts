/**
 * Puts the composed program into the program room, where viewers, hall screens and players
 * receive it: one video and one audio track, both named "program", published with the
 * producer's program token. It publishes clones, so that leaving the room never stops the
 * tracks the recording is still using.
 */
import type { ForumLiveToken } from '@salon/shared';
import { Room, RoomEvent, Track } from 'livekit-client';
import { PROGRAM_FPS } from './ProgramCompositor.ts';

export type PublishState = 'connecting' | 'publishing' | 'disconnected';

export class ProgramPublisher {
  private readonly room = new Room({ adaptiveStream: false, dynacast: false });
  private readonly clones: MediaStreamTrack[] = [];
  state: PublishState = 'connecting';
  onChange: () => void = () => {};

  private readonly token: ForumLiveToken;

  constructor(token: ForumLiveToken) {
    this.token = token;
    this.room.on(RoomEvent.Disconnected, () => this.set('disconnected'));
    this.room.on(RoomEvent.Reconnected, () => this.set('publishing'));
  }

  async start(program: MediaStream): Promise<void> {
    await this.room.connect(this.token.url, this.token.token);
    for (const track of program.getTracks()) {
      const clone = track.clone();
      this.clones.push(clone);
      if (clone.kind === 'video') {
        await this.room.localParticipant.publishTrack(clone, {
          name: 'program',
          source: Track.Source.Camera,
          // Three layers (180p, 360p and the full program): a hall screen or a phone takes a
          // small one through adaptive stream, so a large audience does not each decode 720p.
          // The two small layers add about a third to the producer's encoding.
          simulcast: true,
          videoEncoding: { maxBitrate: 2_500_000, maxFramerate: PROGRAM_FPS },
        });
      } else {
        await this.room.localParticipant.publishTrack(clone, {
          name: 'program',
          source: Track.Source.Microphone,
          dtx: false,
          red: true,
        });
      }
    }
    this.set('publishing');
  }

  async stop(): Promise<void> {
    await this.room.disconnect();
    for (const track of this.clones) track.stop();
  }

  private set(state: PublishState): void {
    this.state = state;
    this.onChange();
  }
}
