import { describe, expect, it } from 'vitest';
import { NEW_STAND_LINKS_MAX } from '@salon/shared';
import {
  MAX_TOPICS,
  emptyExhibitorDraft,
  emptyLink,
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
  products: 'At most 30 products.',
  links: 'At most 10 links.',
  linkUrl: 'A link like https://…, at most 500 characters.',
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
  products: [
    {
      key: 'p1',
      name: { ru: ' Курс «Цифровая школа» ', en: 'Digital School course' },
      description: { ru: '72 часа', en: ' 72 hours ' },
    },
  ],
  links: [{ key: 'l1', title: { ru: 'Сайт ', en: 'Website' }, url: ' https://school.example/ ' }],
  staffEmail: ' Anna@School.example ',
};

describe('inputFromDraft', () => {
  it('makes the api input: trimmed texts, empty contacts as none, colours in lower case, products and links in order', () => {
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
        products: [
          {
            name: { ru: 'Курс «Цифровая школа»', en: 'Digital School course' },
            description: { ru: '72 часа', en: '72 hours' },
          },
        ],
        links: [{ title: { ru: 'Сайт', en: 'Website' }, url: 'https://school.example/' }],
        staffEmail: 'Anna@School.example',
      },
    });
  });

  it('sends no products or links when none were added', () => {
    const result = inputFromDraft({ ...draft, products: [], links: [] }, MESSAGES);
    expect(result.ok && result.input).toMatchObject({ products: [], links: [] });
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
    [
      'a product without an English name',
      {
        products: [{ key: 'p', name: { ru: 'Курс', en: '  ' }, description: { ru: 'а', en: 'a' } }],
      },
      'products.0.name.en',
    ],
    [
      'a link without a Russian title',
      { links: [{ key: 'l', title: { ru: '', en: 'Site' }, url: 'https://a.example/' }] },
      'links.0.title.ru',
    ],
    [
      'a link to a javascript: address',
      { links: [{ key: 'l', title: { ru: 'А', en: 'A' }, url: 'javascript:alert(1)' }] },
      'links.0.url',
    ],
    [
      'a link address without its scheme',
      { links: [{ key: 'l', title: { ru: 'А', en: 'A' }, url: 'school.example' }] },
      'links.0.url',
    ],
    [
      'a link address over 500 characters',
      {
        links: [
          { key: 'l', title: { ru: 'А', en: 'A' }, url: `https://a.example/${'x'.repeat(500)}` },
        ],
      },
      'links.0.url',
    ],
    [
      'more links than a new stand takes',
      {
        links: Array.from({ length: NEW_STAND_LINKS_MAX + 1 }, (_, i) => ({
          ...emptyLink(`l${String(i)}`),
          title: { ru: 'А', en: 'A' },
          url: 'https://a.example/',
        })),
      },
      'links',
    ],
  ])('refuses %s with that field’s message', (_case, change, path) => {
    const result = inputFromDraft({ ...draft, ...change }, MESSAGES);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors)).toEqual([path]);
    expect(result.errors[path]).not.toMatch(/regex|Invalid|expected/i);
  });

  it('says what a link address must be, with the schema’s limit', () => {
    const bad = { links: [{ key: 'l', title: { ru: 'А', en: 'A' }, url: 'ftp://a.example/' }] };
    expect(inputFromDraft({ ...draft, ...bad }, MESSAGES)).toEqual({
      ok: false,
      errors: { 'links.0.url': MESSAGES.linkUrl },
    });
  });
});

describe('errorsFromRefusal', () => {
  it('puts the api’s conflicts next to the field they are about', () => {
    expect(errorsFromRefusal({ problem: 'exhibitor-exists', errors: [] }, MESSAGES)).toEqual({
      'name.ru': MESSAGES.nameTaken,
    });
    const english = [
      { path: 'body.name.en', message: 'An exhibitor with this name already exists' },
    ];
    expect(errorsFromRefusal({ problem: 'exhibitor-exists', errors: english }, MESSAGES)).toEqual({
      'name.en': MESSAGES.nameTaken,
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
