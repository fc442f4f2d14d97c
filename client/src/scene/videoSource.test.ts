import { describe, expect, it } from 'vitest';
import { chooseVideoSource } from './videoSource.ts';

const WEBM = { url: '/api/files/1', type: 'video/webm' };
const MP4 = { url: '/api/files/2', type: 'video/mp4' };

/** A browser that answers for the listed types only. */
const browser =
  (answers: Record<string, string>) =>
  (type: string): string =>
    answers[type] ?? '';

describe('chooseVideoSource', () => {
  it('takes the first source in the api order that the browser may play', () => {
    const canPlay = browser({ 'video/webm': 'maybe', 'video/mp4': 'probably' });
    expect(chooseVideoSource([WEBM, MP4], canPlay)).toBe(WEBM);
  });

  it('falls back to mp4 where webm is not supported', () => {
    expect(chooseVideoSource([WEBM, MP4], browser({ 'video/mp4': 'maybe' }))).toBe(MP4);
  });

  it('returns null when the browser can play none of them', () => {
    expect(chooseVideoSource([WEBM, MP4], browser({}))).toBeNull();
  });

  it('returns null for an empty list', () => {
    expect(chooseVideoSource([], browser({ 'video/webm': 'probably' }))).toBeNull();
  });

  it('skips a source without a type instead of asking about it', () => {
    const untyped = { url: '/api/files/3', type: '' };
    const canPlay = () => 'maybe';
    expect(chooseVideoSource([untyped, MP4], canPlay)).toBe(MP4);
  });
});
