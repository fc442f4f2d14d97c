import { describe, expect, it } from 'vitest';
import {
  MAX_TOPICS,
  emptyExhibitorDraft,
  errorsFromRefusal,
  inputFromDraft,
  type ExhibitorDraft,
} from './exhibitorDraft.ts';

const MESSAGES = {
  required: 'Fill this in.',
  regionCode: 'Choose a region.',
  topicCodes: 'Choose 1 to 10 topics.',
  'contacts.website': 'Website like https://…',
  'contacts.email': 'Email like name@example.com.',
  'contacts.phone': 'Phone like +7 495 000-00-00.',
  color: 'Colour like #1a2b3c.',
  staffEmail: 'Staff email like name@example.com.',
  nameTaken: 'That name is taken.',
  emailTaken: 'That email has an account.',
};

const draft: ExhibitorDraft = {
  ...emptyExhibitorDraft(),
  name: { ru: ' Новая школа ', en: 'New School' },
  description: { ru: 'Курсы', en: 'Courses' },
  regionCode: 'moscow',
  topicCodes: ['school'],
  contacts: { website: ' https://school.example ', email: '', phone: '' },
  colors: { primary: '#1A2B3C', accent: '#f0c040' },
  staffEmail: ' Anna@School.example ',
};

describe('inputFromDraft', () => {
  it('makes the api input: trimmed texts, empty contacts as none, colours in lower case', () => {
    expect(inputFromDraft(draft, MESSAGES)).toEqual({
      ok: true,
      input: {
        kind: 'business',
        name: { ru: 'Новая школа', en: 'New School' },
        description: { ru: 'Курсы', en: 'Courses' },
        regionCode: 'moscow',
        topicCodes: ['school'],
        colors: { primary: '#1a2b3c', accent: '#f0c040' },
        contacts: { website: 'https://school.example', email: null, phone: null },
        staffEmail: 'Anna@School.example',
      },
    });
  });

  it('names every field that is missing, in its own words', () => {
    const result = inputFromDraft(emptyExhibitorDraft(), MESSAGES);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      'name.ru': MESSAGES.required,
      'name.en': MESSAGES.required,
      'description.ru': MESSAGES.required,
      regionCode: MESSAGES.regionCode,
      topicCodes: MESSAGES.topicCodes,
      staffEmail: MESSAGES.staffEmail,
    });
  });

  it.each([
    [
      'a javascript: website',
      { contacts: { website: 'javascript:alert(1)', email: '', phone: '' } },
      'contacts.website',
    ],
    [
      'a contact email without @',
      { contacts: { website: '', email: 'anna', phone: '' } },
      'contacts.email',
    ],
    [
      'a phone with letters',
      { contacts: { website: '', email: '', phone: 'call me' } },
      'contacts.phone',
    ],
    [
      'a colour that is not a hex code',
      { colors: { primary: 'red', accent: '#000000' } },
      'colors.primary',
    ],
    [
      'too many topics',
      { topicCodes: Array.from({ length: MAX_TOPICS + 1 }, (_, i) => `t${String(i)}`) },
      'topicCodes',
    ],
  ])('refuses %s with that field’s message', (_case, change, path) => {
    const result = inputFromDraft({ ...draft, ...change }, MESSAGES);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual([path]);
    expect(result.errors[path]).not.toMatch(/regex|Invalid|expected/i);
  });
});

describe('errorsFromRefusal', () => {
  it('puts the api’s conflicts next to the field they are about', () => {
    expect(errorsFromRefusal({ problem: 'exhibitor-exists', errors: [] }, MESSAGES)).toEqual({
      'name.ru': MESSAGES.nameTaken,
    });
    expect(errorsFromRefusal({ problem: 'email-taken', errors: [] }, MESSAGES)).toEqual({
      staffEmail: MESSAGES.emailTaken,
    });
  });

  it('says the api’s per-field refusals in the interface’s words', () => {
    const refusal = {
      problem: 'invalid-request',
      errors: [{ path: 'body.contacts.phone', message: 'Invalid string: must match pattern' }],
    };
    expect(errorsFromRefusal(refusal, MESSAGES)).toEqual({
      'contacts.phone': MESSAGES['contacts.phone'],
    });
  });

  it('names no field for a refusal about none', () => {
    expect(errorsFromRefusal({ problem: 'forbidden', errors: [] }, MESSAGES)).toEqual({});
  });
});
