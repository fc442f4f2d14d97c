import { EVENT_ROLES, type EventRole } from '@salon/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createInstance } from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { ru } from '../../i18n/ru.ts';
import { EventFeedback } from './EventFeedback.tsx';

const EVENT = 'ev001';

/** The panel as it first renders, in `lng`, for someone not signed in to an account. */
async function render(roles: readonly EventRole[], lng: 'ru' | 'en'): Promise<string> {
  const i18n = createInstance({
    resources: { ru: { translation: ru }, en: { translation: en } },
    lng,
    interpolation: { escapeValue: false },
  });
  await i18n.init();
  const queryClient = new QueryClient();
  // Not rated yet: what the api's 404 for /feedback/mine becomes.
  queryClient.setQueryData(['forum-feedback-mine', EVENT, ''], null);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <EventFeedback eventId={EVENT} roles={roles} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

describe('EventFeedback', () => {
  it.each(EVENT_ROLES)(
    'tells the %s of the event why they cannot rate it, with no stars to pick',
    async (role) => {
      const russian = await render([role], 'ru');
      expect(russian).toContain('Вы работаете на этом мероприятии, поэтому не можете его оценить.');
      expect(russian).not.toContain('type="radio"');
      expect(russian).not.toContain('<form');
      const english = await render([role], 'en');
      expect(english).toContain('You work on this event, so you cannot rate it.');
      expect(english).not.toContain('type="radio"');
    },
  );

  it('offers the five stars to someone who does not work at the event', async () => {
    const html = await render([], 'en');
    expect(html.match(/type="radio"/g)).toHaveLength(5);
    expect(html).toContain('Send rating');
    expect(html).not.toContain('You work on this event');
  });
});
