import { describe, expect, it } from 'vitest';
import { LocalizedTextSchema } from '@salon/shared';
import { fieldErrorsFrom, issueErrors } from './fieldErrors.ts';

describe('fieldErrorsFrom', () => {
  it("maps the api's body paths to form fields", () => {
    expect(
      fieldErrorsFrom([
        { path: 'body.name.en', message: 'Too small' },
        { path: 'body.contacts.email', message: 'Invalid email address' },
      ]),
    ).toEqual({ 'name.en': 'Too small', 'contacts.email': 'Invalid email address' });
  });

  it('takes schema issue paths as arrays', () => {
    expect(fieldErrorsFrom([{ path: ['colors', 'primary'], message: 'Use a colour' }])).toEqual({
      'colors.primary': 'Use a colour',
    });
  });

  it('keeps the first message of a field', () => {
    expect(
      fieldErrorsFrom([
        { path: 'body.name.ru', message: 'first' },
        { path: 'body.name.ru', message: 'second' },
      ]),
    ).toEqual({ 'name.ru': 'first' });
  });

  it('files a whole-body error under the empty key', () => {
    expect(fieldErrorsFrom([{ path: 'body', message: 'Send at least one field' }])).toEqual({
      '': 'Send at least one field',
    });
  });
});

describe('issueErrors', () => {
  it('says "required" for an empty required text and keeps other messages', () => {
    const result = LocalizedTextSchema.safeParse({ ru: '', en: 'x'.repeat(5000) });
    expect(result.success).toBe(false);
    expect(issueErrors(result.error?.issues ?? [], 'Fill this in')).toEqual({
      ru: 'Fill this in',
      en: 'Use at most 4000 characters',
    });
  });
});
