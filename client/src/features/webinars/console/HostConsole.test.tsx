// @vitest-environment jsdom
import type { Session, Webinar } from '@salon/shared';
import { useQuery } from '@tanstack/react-query';
import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  renderInApp,
  signedInForEachTest,
  testQueryClient,
} from '../../../testing/renderInApp.tsx';
import { aWebinar } from '../../../testing/webinarFixture.ts';
import { HostConsole } from './HostConsole.tsx';

const SESSION: Session = {
  token: 'staff-token',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: {
    id: '0b0c3f0e-8f8a-4d55-9a55-1f1f4c3b9a02',
    displayName: 'Ольга',
    role: 'exhibitor',
    color: '#996633',
    email: 'olga@e001.example',
    exhibitorId: 'e001',
  },
};

const SCHEDULED = aWebinar({ title: { ru: 'Приёмная кампания', en: 'Admissions' } });
const ENDED: Webinar = { ...SCHEDULED, status: 'ended' };
const WEBINAR_KEY = ['test-webinar'];

/** The console of whatever webinar the query cache holds, as the console page renders it. */
function ConsoleOfCachedWebinar() {
  const webinar = useQuery<Webinar>({ queryKey: WEBINAR_KEY, enabled: false });
  return webinar.data ? <HostConsole webinar={webinar.data} /> : null;
}

/** A browser that refuses the camera and microphone, and counts the asks. */
function stubMediaDevices() {
  const getUserMedia = vi.fn(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
  vi.stubGlobal('navigator', {
    userAgent: navigator.userAgent,
    language: navigator.language,
    mediaDevices: { getUserMedia, enumerateDevices: () => Promise.resolve([]) },
  });
  return getUserMedia;
}

function renderConsole(webinar: Webinar, lng: 'ru' | 'en') {
  const queryClient = testQueryClient((client) => client.setQueryData(WEBINAR_KEY, webinar));
  return { queryClient, rendered: renderInApp(<ConsoleOfCachedWebinar />, lng, queryClient) };
}

describe('the host console', () => {
  signedInForEachTest(SESSION);

  it.each([
    ['en', 'This webinar has ended. Schedule a new one in the dashboard.'],
    ['ru', 'Этот вебинар завершён. Запланируйте новый в кабинете.'],
  ] as const)(
    'of a webinar ended before it opened says so in %s, without a camera',
    async (lng, text) => {
      const getUserMedia = stubMediaDevices();
      await renderConsole(ENDED, lng).rendered;

      expect(screen.getByTestId('host-console').dataset.phase).toBe('ended');
      expect(screen.getByTestId('console-ended').textContent).toBe(text);
      expect(screen.queryByRole('button', { name: 'Go live' })).toBeNull();
      expect(getUserMedia).not.toHaveBeenCalled();
    },
  );

  it('stays on screen and says the end when a refetch brings the webinar back ended', async () => {
    stubMediaDevices();
    const { queryClient, rendered } = renderConsole(SCHEDULED, 'en');
    await rendered;
    expect(screen.getByTestId('host-console').dataset.phase).toBe('preview');
    expect(screen.getByRole('button', { name: 'Go live' })).toBeTruthy();

    act(() => {
      queryClient.setQueryData(WEBINAR_KEY, ENDED);
    });

    await waitFor(() => expect(screen.getByTestId('host-console').dataset.phase).toBe('ended'));
    expect(screen.getByTestId('console-ended').textContent).toBe(
      'This webinar has ended. Schedule a new one in the dashboard.',
    );
    expect(screen.queryByRole('button', { name: 'Go live' })).toBeNull();
  });
});
