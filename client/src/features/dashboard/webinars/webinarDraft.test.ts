import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aWebinar } from '../../../testing/webinarFixture.ts';
import { draftFromWebinar, emptyDraft, inputFromDraft, type WebinarDraft } from './webinarDraft.ts';

const MESSAGES = { required: 'Fill this in.', start: 'Give the start.', duration: '15 to 240.' };
const original = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Europe/Moscow';
});
afterAll(() => {
  if (original === undefined) delete process.env['TZ'];
  else process.env['TZ'] = original;
});

const draft: WebinarDraft = {
  title: { ru: ' Робототехника ', en: 'Robotics' },
  description: { ru: 'Показ набора', en: 'A kit demo' },
  start: '2027-04-30T12:00',
  duration: '60',
  language: 'ru',
  format: 'webinar',
};

describe('inputFromDraft', () => {
  it('makes the api input: trimmed texts, the start with its offset, minutes as a number', () => {
    expect(inputFromDraft(draft, MESSAGES)).toEqual({
      ok: true,
      input: {
        title: { ru: 'Робототехника', en: 'Robotics' },
        description: { ru: 'Показ набора', en: 'A kit demo' },
        startsAt: '2027-04-30T12:00:00+03:00',
        durationMinutes: 60,
        language: 'ru',
        format: 'webinar',
      },
    });
  });

  it('sends the chosen format: a master class stays one', () => {
    const result = inputFromDraft({ ...draft, format: 'masterClass' }, MESSAGES);
    expect(result.ok && result.input.format).toBe('masterClass');
  });

  it('names every field that is missing, in its own words', () => {
    const result = inputFromDraft(
      { ...draft, title: { ru: '  ', en: '' }, start: '', duration: '' },
      MESSAGES,
    );
    expect(result).toEqual({
      ok: false,
      errors: {
        'title.ru': 'Fill this in.',
        'title.en': 'Fill this in.',
        startsAt: 'Give the start.',
        durationMinutes: '15 to 240.',
      },
    });
  });

  it.each(['14', '241', '30.5', '-30', '1e2', 'an hour'])('refuses a duration of %s', (value) => {
    const result = inputFromDraft({ ...draft, duration: value }, MESSAGES);
    expect(result).toEqual({ ok: false, errors: { durationMinutes: '15 to 240.' } });
  });

  it('refuses a start that is not a real date', () => {
    expect(inputFromDraft({ ...draft, start: '2027-02-30T10:00' }, MESSAGES)).toEqual({
      ok: false,
      errors: { startsAt: 'Give the start.' },
    });
  });
});

describe('emptyDraft and draftFromWebinar', () => {
  it('starts a new webinar at the next full hour', () => {
    const fresh = emptyDraft(new Date('2027-04-30T09:20:00+03:00'), 'en');
    expect(fresh.start).toBe('2027-04-30T10:00');
    expect(fresh.language).toBe('en');
    expect(fresh.duration).toBe('45');
    expect(fresh.format).toBe('webinar');
  });

  it('fills the form from a stored webinar in local time', () => {
    const webinar = aWebinar({
      exhibitorName: { ru: 'Экспонент', en: 'Exhibitor' },
      title: { ru: 'Т', en: 'T' },
      description: { ru: 'О', en: 'D' },
      startsAt: '2027-04-30T07:00:00Z',
      durationMinutes: 30,
      language: 'en',
      format: 'masterClass',
      topicCodes: [],
    });
    expect(draftFromWebinar(webinar)).toEqual({
      title: { ru: 'Т', en: 'T' },
      description: { ru: 'О', en: 'D' },
      start: '2027-04-30T10:00',
      duration: '30',
      language: 'en',
      format: 'masterClass',
    });
  });
});
