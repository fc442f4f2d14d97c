/**
 * Who is who in a webinar room, read from what the server put on each participant: `role` comes
 * from the token ('host' for the stand's own staff), `hand` ('raised' or '') and `stage` ('on'
 * or '') are set by the api through LiveKit's room service. A viewer cannot write their own
 * attributes (the token forbids it), so these can be trusted for display. Pure: it works on the
 * shape of livekit-client's participants, so the tests need no room.
 */
import { Track } from 'livekit-client';

export const LIVE_ATTRIBUTES = {
  role: { key: 'role', host: 'host' },
  hand: { key: 'hand', raised: 'raised' },
  stage: { key: 'stage', on: 'on' },
} as const;

export interface PublicationLike<T> {
  readonly source: Track.Source;
  readonly track?: T | undefined;
  readonly isMuted: boolean;
}

export interface ParticipantLike<T> {
  readonly identity: string;
  readonly name?: string | undefined;
  readonly attributes: Readonly<Record<string, string>>;
  readonly trackPublications: ReadonlyMap<string, PublicationLike<T>>;
}

export interface ParticipantFacts {
  isHost: boolean;
  handRaised: boolean;
  onStage: boolean;
}

/** Exact values only: anything else (missing, other case, padding) means "no". */
export function factsOf(attributes: Readonly<Record<string, string>>): ParticipantFacts {
  const { role, hand, stage } = LIVE_ATTRIBUTES;
  return {
    isHost: attributes[role.key] === role.host,
    handRaised: attributes[hand.key] === hand.raised,
    onStage: attributes[stage.key] === stage.on,
  };
}

/** The live video of one source: published, received (or local) and not muted; else null. */
export function videoOf<T>(participant: ParticipantLike<T>, source: Track.Source): T | null {
  for (const publication of participant.trackPublications.values()) {
    if (publication.source === source && publication.track && !publication.isMuted)
      return publication.track;
  }
  return null;
}

export interface HostMedia<T> {
  camera: T | null;
  screen: T | null;
}

/** The hosts' camera and shared screen; with several staff hosting, the first of each. */
export function hostMedia<T>(participants: Iterable<ParticipantLike<T>>): HostMedia<T> {
  const media: HostMedia<T> = { camera: null, screen: null };
  for (const participant of participants) {
    if (!factsOf(participant.attributes).isHost) continue;
    media.screen ??= videoOf(participant, Track.Source.ScreenShare);
    media.camera ??= videoOf(participant, Track.Source.Camera);
  }
  return media;
}

/** What the stand's screen shows: the shared screen when one is on, else the host's camera. */
export function pickHostVideo<T>(participants: Iterable<ParticipantLike<T>>): T | null {
  const { screen, camera } = hostMedia(participants);
  return screen ?? camera;
}

/** Everyone but the hosts: the people watching (those on stage included). */
export function audienceCount(participants: Iterable<ParticipantLike<unknown>>): number {
  let count = 0;
  for (const participant of participants) if (!factsOf(participant.attributes).isHost) count += 1;
  return count;
}

export function isHostPresent(participants: Iterable<ParticipantLike<unknown>>): boolean {
  for (const participant of participants) if (factsOf(participant.attributes).isHost) return true;
  return false;
}

/** Viewers asking to speak, in the order they joined; someone already on stage is not asking. */
export function raisedHands<P extends ParticipantLike<unknown>>(participants: Iterable<P>): P[] {
  return [...participants].filter((participant) => {
    const facts = factsOf(participant.attributes);
    return !facts.isHost && facts.handRaised && !facts.onStage;
  });
}

/** Viewers the host brought on stage. */
export function onStage<P extends ParticipantLike<unknown>>(participants: Iterable<P>): P[] {
  return [...participants].filter((participant) => {
    const facts = factsOf(participant.attributes);
    return !facts.isHost && facts.onStage;
  });
}

/** A participant's name as people see it: the display name from the token, or a fallback. */
export function displayNameOf(participant: ParticipantLike<unknown>, fallback: string): string {
  const name = participant.name?.trim();
  return name ? name : fallback;
}
