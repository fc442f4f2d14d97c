/**
 * What component tests (jsdom) share: the app's providers around a component, with the real
 * Russian and English texts and a React Query client that does not retry, and a signed-in
 * session for the tests of a file. The api itself is each test's own stub of fetch.
 */
import type { Locale, Session } from '@salon/shared';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { createInstance } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, vi } from 'vitest';
import { en } from '../i18n/en.ts';
import { ru } from '../i18n/ru.ts';
import { SESSION_STORAGE_KEY } from '../session/session.ts';
import { useSessionStore } from '../session/sessionStore.ts';

/** A query client for one test; `prepare` puts what the api would have answered in its cache. */
export function testQueryClient(prepare?: (client: QueryClient) => void): QueryClient {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  prepare?.(client);
  return client;
}

/** Renders `ui` in `lng` inside the app's providers and a data router (as the app has). */
export async function renderInApp(
  ui: ReactNode,
  lng: Locale,
  queryClient: QueryClient = testQueryClient(),
): Promise<void> {
  const i18n = createInstance({
    resources: { ru: { translation: ru }, en: { translation: en } },
    lng,
    interpolation: { escapeValue: false },
  });
  await i18n.init();
  const router = createMemoryRouter([{ path: '*', element: ui }]);
  render(
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </I18nextProvider>,
  );
}

/** Every test of the calling file runs signed in as `session`, and leaves nothing behind. */
export function signedInForEachTest(session: Session): void {
  beforeEach(() => {
    localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify(session));
    useSessionStore.getState().apply({ type: 'restored', session });
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    localStorage.clear();
  });
}
