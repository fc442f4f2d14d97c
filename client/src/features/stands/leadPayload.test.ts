import { describe, expect, it } from 'vitest';
import { leadPayload, sharedFields, type LeadForm } from './leadPayload.ts';

function form(overrides: Partial<LeadForm> = {}): LeadForm {
  return {
    share: { name: true, email: true, organisation: false },
    values: {
      name: ' Анна Иванова ',
      email: 'Anna@School.example',
      organisation: 'Школа № 1',
      note: '',
    },
    consent: true,
    ...overrides,
  };
}

describe('leadPayload', () => {
  it('sends only the ticked fields, as the api will store them', () => {
    const check = leadPayload(form());
    expect(check).toEqual({
      ok: true,
      payload: { name: 'Анна Иванова', email: 'anna@school.example', consent: true },
    });
  });

  it('never sends a typed value whose box is not ticked', () => {
    const check = leadPayload(form({ share: { name: false, email: true, organisation: false } }));
    expect(check.ok && Object.keys(check.payload).sort()).toEqual(['consent', 'email']);
  });

  it('adds the note only when there is one', () => {
    const blank = leadPayload(form({ values: { ...form().values, note: '   ' } }));
    expect(blank.ok && 'note' in blank.payload).toBe(false);
    const noted = leadPayload(form({ values: { ...form().values, note: 'Call\nafter 3' } }));
    expect(noted.ok && noted.payload.note).toBe('Call\nafter 3');
  });

  it('refuses without consent, and says so', () => {
    const check = leadPayload(form({ consent: false }));
    expect(check.ok).toBe(false);
    expect(!check.ok && [...check.fields]).toEqual(['consent']);
  });

  it('refuses when nothing is ticked, even with consent and a note', () => {
    const check = leadPayload(
      form({
        share: { name: false, email: false, organisation: false },
        values: { ...form().values, note: 'Hello' },
      }),
    );
    expect(check).toEqual({ ok: false, fields: new Set(), nothingChosen: true });
  });

  it('marks a ticked field left empty or malformed', () => {
    const check = leadPayload(
      form({
        share: { name: true, email: true, organisation: true },
        values: { name: '', email: 'not an email', organisation: 'Школа', note: '' },
      }),
    );
    expect(!check.ok && [...check.fields].sort()).toEqual(['email', 'name']);
  });

  it('refuses control characters, as the api does', () => {
    const check = leadPayload(form({ values: { ...form().values, name: 'A\u0000B' } }));
    expect(!check.ok && [...check.fields]).toEqual(['name']);
  });
});

describe('sharedFields', () => {
  it('lists what went to the exhibitor, in form order', () => {
    expect(sharedFields({ email: 'a@b.example', organisation: 'X', consent: true })).toEqual([
      'email',
      'organisation',
    ]);
  });
});
