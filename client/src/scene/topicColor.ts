/**
 * A stable colour per topic code for alley carpets and signs, so the same theme has the same
 * colour in every hall and on every visit. Hues are spread by a hash of the code.
 */
const SATURATION = 58;
const LIGHTNESS = 42;

export function topicHue(code: string): number {
  let hash = 2166136261;
  for (let i = 0; i < code.length; i += 1) hash = Math.imul(hash ^ code.charCodeAt(i), 16777619);
  // Golden-angle steps spread neighbouring hashes around the wheel.
  return Math.round(((hash >>> 0) * 137.508) % 360);
}

/** A CSS colour string for the topic. */
export function topicColor(code: string): string {
  return `hsl(${topicHue(code)}, ${SATURATION}%, ${LIGHTNESS}%)`;
}
