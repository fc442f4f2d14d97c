import { describe, expect, it } from 'vitest';
import { UPLOAD_RULES, acceptFor, checkUpload, fileType } from './uploadRules.ts';

const MB = 1024 * 1024;
const file = (name: string, type: string, size: number) => ({ name, type, size });

describe('checkUpload', () => {
  it('accepts a PNG logo within 2 MB', () => {
    expect(checkUpload('logo', file('logo.png', 'image/png', 40_000))).toEqual({
      ok: true,
      type: 'image/png',
    });
  });

  it('accepts a logo of exactly the largest size and refuses one byte more', () => {
    expect(checkUpload('logo', file('a.png', 'image/png', 2 * MB)).ok).toBe(true);
    expect(checkUpload('logo', file('a.png', 'image/png', 2 * MB + 1))).toEqual({
      ok: false,
      reason: 'tooLarge',
      maxBytes: 2 * MB,
    });
  });

  it('refuses a PDF as a logo but takes it as a material', () => {
    const pdf = file('brochure.pdf', 'application/pdf', 300_000);
    expect(checkUpload('logo', pdf)).toMatchObject({ ok: false, reason: 'wrongType' });
    expect(checkUpload('material', pdf).ok).toBe(true);
  });

  it('takes videos up to 200 MB in WebM or MP4 only', () => {
    expect(checkUpload('video', file('a.webm', 'video/webm', 150 * MB)).ok).toBe(true);
    expect(checkUpload('video', file('a.mp4', 'video/mp4', 201 * MB))).toMatchObject({
      reason: 'tooLarge',
    });
    expect(checkUpload('video', file('a.mov', 'video/quicktime', MB))).toMatchObject({
      reason: 'wrongType',
    });
  });

  it('judges a file without a browser type by its extension', () => {
    expect(checkUpload('captions', file('ru.VTT', '', 2000))).toEqual({
      ok: true,
      type: 'text/vtt',
    });
    expect(checkUpload('captions', file('ru.srt', '', 2000))).toMatchObject({
      reason: 'wrongType',
    });
  });

  it('refuses captions over 256 KB', () => {
    expect(checkUpload('captions', file('en.vtt', 'text/vtt', 256 * 1024 + 1))).toMatchObject({
      reason: 'tooLarge',
      maxBytes: 256 * 1024,
    });
  });

  it('refuses an empty file whatever its type', () => {
    expect(checkUpload('material', file('empty.pdf', 'application/pdf', 0))).toMatchObject({
      reason: 'empty',
    });
  });

  it('trusts a declared type here and leaves the bytes to the api', () => {
    // A PDF renamed logo.png passes in the browser; the api reads the bytes and refuses it.
    expect(checkUpload('logo', file('logo.png', 'image/png', 1000)).ok).toBe(true);
  });

  it('mirrors every limit of the api table', () => {
    expect(
      Object.fromEntries(Object.entries(UPLOAD_RULES).map(([k, v]) => [k, v.maxBytes])),
    ).toEqual({
      logo: 2 * MB,
      poster: 2 * MB,
      video: 200 * MB,
      captions: 256 * 1024,
      material: 20 * MB,
    });
  });
});

describe('fileType', () => {
  it('lowercases a declared type and maps unknown extensions to nothing', () => {
    expect(fileType({ name: 'x.PNG', type: 'IMAGE/PNG' })).toBe('image/png');
    expect(fileType({ name: 'no-extension', type: '' })).toBe('');
  });
});

describe('acceptFor', () => {
  it('lists the types and their extensions for the file picker', () => {
    expect(acceptFor('captions')).toBe('text/vtt,.vtt');
    expect(acceptFor('logo').split(',')).toEqual(
      expect.arrayContaining(['image/png', 'image/webp', '.jpg', '.jpeg']),
    );
  });
});
