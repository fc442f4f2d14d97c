import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/apiClient.ts';
import { SessionEndedError } from '../../session/withSession.ts';
import { fieldsAt, formErrorsOf, issuePaths } from './formErrors.ts';

const REGISTER = ['displayName', 'email', 'password'] as const;
const LEAD = ['name', 'email', 'organisation', 'note', 'consent'] as const;

describe('fieldsAt', () => {
  it('finds the form fields of api problem paths, nested or not', () => {
    expect([...fieldsAt(['body.email', 'body.name.en', 'query.page'], ['email', 'name'])]).toEqual([
      'email',
      'name',
    ]);
  });
});

describe('issuePaths', () => {
  it('writes schema issues the way the api does', () => {
    expect(issuePaths([{ path: ['password'] }, { path: ['name', 'ru'] }])).toEqual([
      'body.password',
      'body.name.ru',
    ]);
  });
});

describe('formErrorsOf', () => {
  it('marks the fields the api refused, in place', () => {
    const error = new ApiError(400, 'body.email: Enter an email', [
      { path: 'body.email', message: 'Enter an email' },
      { path: 'body.password', message: 'Use at least 10 characters' },
    ]);
    const errors = formErrorsOf(error, REGISTER);
    expect([...errors.fields]).toEqual(['email', 'password']);
    expect(errors.problem).toBeNull();
  });

  it('says the api sentence at the top when a refused field is not on the form', () => {
    const error = new ApiError(400, 'body.colour: wrong', [{ path: 'body.colour', message: 'x' }]);
    expect(formErrorsOf(error, REGISTER)).toMatchObject({
      problem: 'unknown',
      detail: 'body.colour: wrong',
    });
  });

  it('knows a taken email and wrong credentials on the account forms', () => {
    expect(formErrorsOf(new ApiError(409, 'taken'), REGISTER)).toMatchObject({
      problem: 'emailTaken',
      fields: new Set(['email']),
    });
    expect(formErrorsOf(new ApiError(401, 'wrong'), REGISTER).problem).toBe('wrongCredentials');
  });

  it('does not call a 401 of another form wrong credentials', () => {
    expect(formErrorsOf(new ApiError(401, 'Session required'), LEAD).problem).toBe('unknown');
  });

  it.each([
    [new ApiError(429, 'slow down'), 'tooMany'],
    [new ApiError(0, 'network'), 'network'],
    [new SessionEndedError(), 'sessionEnded'],
    [new Error('boom'), 'unknown'],
  ])('turns %s into %s', (error, problem) => {
    expect(formErrorsOf(error, LEAD).problem).toBe(problem);
  });

  it('never shows the text of a server error', () => {
    expect(formErrorsOf(new ApiError(500, 'stack trace'), LEAD).detail).toBeNull();
  });
});
