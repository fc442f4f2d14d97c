/**
 * How loud the microphone is, as a <meter>: read from an analyser every animation frame and
 * written straight to the element, never through React state.
 */
import { createAudioAnalyser, type LocalAudioTrack } from 'livekit-client';
import { useEffect, useRef } from 'react';

export function MicLevel({ track, label }: { track: LocalAudioTrack; label: string }) {
  const meter = useRef<HTMLMeterElement>(null);
  useEffect(() => {
    const { calculateVolume, cleanup } = createAudioAnalyser(track, { cloneTrack: true });
    let frame = requestAnimationFrame(function draw() {
      if (meter.current) meter.current.value = Math.min(1, calculateVolume() * 3);
      frame = requestAnimationFrame(draw);
    });
    return () => {
      cancelAnimationFrame(frame);
      void cleanup();
    };
  }, [track]);
  return (
    <meter
      ref={meter}
      className="mic-level"
      min={0}
      max={1}
      low={0.1}
      high={0.8}
      aria-label={label}
    />
  );
}
