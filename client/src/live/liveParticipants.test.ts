import { Track } from 'livekit-client';
import { describe, expect, it } from 'vitest';
import {
  audienceCount,
  displayNameOf,
  factsOf,
  hostMedia,
  isHostPresent,
  onStage,
  pickHostVideo,
  raisedHands,
  videoOf,
  type ParticipantLike,
  type PublicationLike,
} from './liveParticipants.ts';

type Fake = ParticipantLike<string>;

function publication(
  source: Track.Source,
  track: string | undefined,
  isMuted = false,
): PublicationLike<string> {
  return { source, track, isMuted };
}

function participant(
  identity: string,
  attributes: Record<string, string>,
  publications: PublicationLike<string>[] = [],
  name?: string,
): Fake {
  return {
    identity,
    name,
    attributes,
    trackPublications: new Map(publications.map((item, index) => [`TR_${index}`, item])),
  };
}

const host = (publications: PublicationLike<string>[] = []) =>
  participant('host', { role: 'host' }, publications);

describe('factsOf', () => {
  it('reads the role, the hand and the stage the server set', () => {
    expect(factsOf({ role: 'host' })).toEqual({ isHost: true, handRaised: false, onStage: false });
    expect(factsOf({ role: 'viewer', hand: 'raised', stage: 'on' })).toEqual({
      isHost: false,
      handRaised: true,
      onStage: true,
    });
  });

  it('counts cleared, missing and look-alike values as "no"', () => {
    expect(factsOf({})).toEqual({ isHost: false, handRaised: false, onStage: false });
    expect(factsOf({ hand: '', stage: '' })).toEqual({
      isHost: false,
      handRaised: false,
      onStage: false,
    });
    expect(factsOf({ role: 'HOST', hand: 'Raised', stage: ' on' })).toEqual({
      isHost: false,
      handRaised: false,
      onStage: false,
    });
  });
});

describe('videoOf', () => {
  it('finds a published, received, unmuted track of the source', () => {
    const person = participant('a', {}, [
      publication(Track.Source.Microphone, 'mic'),
      publication(Track.Source.Camera, 'cam'),
    ]);
    expect(videoOf(person, Track.Source.Camera)).toBe('cam');
  });

  it('gives nothing for a muted camera or one not received yet', () => {
    expect(
      videoOf(
        participant('a', {}, [publication(Track.Source.Camera, 'cam', true)]),
        Track.Source.Camera,
      ),
    ).toBeNull();
    expect(
      videoOf(
        participant('a', {}, [publication(Track.Source.Camera, undefined)]),
        Track.Source.Camera,
      ),
    ).toBeNull();
  });
});

describe('pickHostVideo', () => {
  it("shows the host's camera", () => {
    expect(pickHostVideo([host([publication(Track.Source.Camera, 'cam')])])).toBe('cam');
  });

  it('shows the shared screen over the camera while it is on', () => {
    const sharing = host([
      publication(Track.Source.Camera, 'cam'),
      publication(Track.Source.ScreenShare, 'screen'),
    ]);
    expect(pickHostVideo([sharing])).toBe('screen');
    expect(hostMedia([sharing])).toEqual({ camera: 'cam', screen: 'screen' });
  });

  it('goes back to the camera when the screen is muted or gone', () => {
    const stopped = host([
      publication(Track.Source.Camera, 'cam'),
      publication(Track.Source.ScreenShare, 'screen', true),
    ]);
    expect(pickHostVideo([stopped])).toBe('cam');
  });

  it('never shows a viewer, even one on stage with a camera', () => {
    const guest = participant('v', { role: 'viewer', stage: 'on' }, [
      publication(Track.Source.Camera, 'guest-cam'),
      publication(Track.Source.ScreenShare, 'guest-screen'),
    ]);
    expect(pickHostVideo([guest])).toBeNull();
    expect(pickHostVideo([guest, host([publication(Track.Source.Camera, 'cam')])])).toBe('cam');
  });

  it('takes a second host’s screen when the first only has a camera', () => {
    const first = host([publication(Track.Source.Camera, 'cam-1')]);
    const second = participant('host-2', { role: 'host' }, [
      publication(Track.Source.ScreenShare, 'screen-2'),
    ]);
    expect(pickHostVideo([first, second])).toBe('screen-2');
  });

  it('is null in an empty room or with the camera off', () => {
    expect(pickHostVideo([])).toBeNull();
    expect(pickHostVideo([host([publication(Track.Source.Camera, 'cam', true)])])).toBeNull();
  });
});

describe('audienceCount', () => {
  it('counts everyone but the hosts', () => {
    const people = [
      host(),
      participant('a', { role: 'viewer' }),
      participant('b', {}),
      participant('c', { stage: 'on' }),
      participant('host-2', { role: 'host' }),
    ];
    expect(audienceCount(people)).toBe(3);
    expect(isHostPresent(people)).toBe(true);
  });

  it('is zero with only the host, and no host is noticed as such', () => {
    expect(audienceCount([host()])).toBe(0);
    expect(isHostPresent([participant('a', {})])).toBe(false);
  });
});

describe('raisedHands and onStage', () => {
  const people = [
    host(),
    participant('asking', { hand: 'raised' }),
    participant('speaking', { hand: 'raised', stage: 'on' }),
    participant('watching', { hand: '' }),
    participant('host-asking', { role: 'host', hand: 'raised' }),
  ];

  it('lists viewers asking to speak who are not on stage yet', () => {
    expect(raisedHands(people).map((person) => person.identity)).toEqual(['asking']);
  });

  it('lists viewers on stage', () => {
    expect(onStage(people).map((person) => person.identity)).toEqual(['speaking']);
  });
});

describe('displayNameOf', () => {
  it('uses the display name, or the fallback for a blank one', () => {
    expect(displayNameOf(participant('a', {}, [], 'Anna'), 'Guest')).toBe('Anna');
    expect(displayNameOf(participant('a', {}, [], '  '), 'Guest')).toBe('Guest');
    expect(displayNameOf(participant('a', {}), 'Guest')).toBe('Guest');
  });
});
