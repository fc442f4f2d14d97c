/**
 * A live video track in a <video>: attached while shown, detached when it goes or the track
 * changes. Being on the page in view is what makes LiveKit's adaptive stream send the video
 * (at the size shown). Always muted: the session plays the sound itself.
 */
import type { LocalTrack, RemoteTrack } from 'livekit-client';
import { useEffect, useRef } from 'react';

interface LiveVideoProps {
  track: RemoteTrack | LocalTrack;
  label: string;
  className?: string;
  testId?: string;
  /** The person's own camera, shown as in a mirror. */
  mirrored?: boolean;
}

export function LiveVideo({ track, label, className, testId, mirrored = false }: LiveVideoProps) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = video.current;
    if (!element) return;
    track.attach(element);
    return () => {
      track.detach(element);
    };
  }, [track]);
  return (
    <video
      ref={video}
      className={['live-video', mirrored ? 'live-video-mirrored' : '', className ?? '']
        .filter(Boolean)
        .join(' ')}
      aria-label={label}
      data-testid={testId}
      autoPlay
      playsInline
      muted
    />
  );
}
