// @vitest-environment jsdom
import type { BriefcaseItem, Session } from '@salon/shared';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInApp, signedInForEachTest, testQueryClient } from '../../testing/renderInApp.tsx';
import { BriefcasePage } from './BriefcasePage.tsx';
import { briefcaseKey, type BriefcasePages } from './briefcaseQueries.ts';

const SESSION: Session = {
  token: 'visitor-token',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: {
    id: '0b0c3f0e-8f8a-4d55-9a55-1f1f4c3b9a01',
    displayName: 'Анна',
    role: 'visitor',
    color: '#336699',
    email: 'anna@school.example',
    exhibitorId: null,
  },
};

const EXHIBITOR = { id: 'e020', name: { ru: 'Учи.Лаб', en: 'UchiLab' } };

const REMOVED: BriefcaseItem = {
  id: '5d6a1f3e-2b1c-4c8e-9f00-000000000001',
  addedAt: '2027-04-26T10:00:00.000Z',
  exhibitor: EXHIBITOR,
  material: null,
  contacts: null,
  removedMaterial: {
    kind: 'pdf',
    title: { ru: 'Прайс-лист 2027', en: 'Price list 2027' },
    removedAt: '2027-04-27T09:00:00.000Z',
  },
};

const KEPT: BriefcaseItem = {
  id: '5d6a1f3e-2b1c-4c8e-9f00-000000000002',
  addedAt: '2027-04-26T09:00:00.000Z',
  exhibitor: EXHIBITOR,
  material: {
    id: '5d6a1f3e-2b1c-4c8e-9f00-0000000000aa',
    kind: 'link',
    title: { ru: 'Каталог курсов', en: 'Course catalogue' },
    url: 'https://courses.example/catalogue',
    sizeBytes: null,
  },
  contacts: null,
  removedMaterial: null,
};

/** The briefcase page in `lng`, with the api's answer already cached and fetch stubbed. */
function renderBriefcase(lng: 'ru' | 'en') {
  const queryClient = testQueryClient((client) =>
    client.setQueryData<BriefcasePages>(briefcaseKey(SESSION.user.id), {
      pages: [{ items: [REMOVED, KEPT], nextCursor: null, total: 2 }],
      pageParams: [null],
    }),
  );
  return renderInApp(<BriefcasePage />, lng, queryClient);
}

/** A fake api holding the briefcase: GET lists it, DELETE /api/briefcase/:id takes one out. */
function stubApi() {
  let items = [REMOVED, KEPT];
  const fetchMock = vi.fn((url: string, init?: RequestInit) => {
    if (init?.method === 'DELETE') {
      items = items.filter((item) => url !== `/api/briefcase/${item.id}`);
      return Promise.resolve(new Response(null, { status: 204 }));
    }
    const listed = url.startsWith('/api/briefcase?');
    return Promise.resolve(
      Response.json(listed ? { items, nextCursor: null, total: items.length } : {}),
    );
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

signedInForEachTest(SESSION);

describe('RemovedMaterialEntry', () => {
  it('says in Russian that the exhibitor removed the material, with its old title and the stand', async () => {
    stubApi();
    await renderBriefcase('ru');
    const entry = screen.getByText('Прайс-лист 2027').closest('li');
    if (!entry) throw new Error('No entry for the removed material');
    expect(entry.textContent).toContain('Экспонент «Учи.Лаб» убрал этот материал со стенда.');
    const link = within(entry).getByRole('link', { name: /Поискать новую версию на стенде/ });
    expect(link.getAttribute('href')).toBe('/stands/e020');
    expect(within(entry).getByRole('button', { name: 'Скрыть: Прайс-лист 2027' })).toBeTruthy();
    expect(entry.querySelector('a[download]')).toBeNull();
  });

  it('says it in English too, with no download of the old file', async () => {
    stubApi();
    await renderBriefcase('en');
    const entry = screen.getByText('Price list 2027').closest('li');
    if (!entry) throw new Error('No entry for the removed material');
    expect(entry.textContent).toContain(
      'The exhibitor “UchiLab” removed this material from its stand.',
    );
    const link = within(entry).getByRole('link', { name: /Look for a newer version at the stand/ });
    expect(link.getAttribute('href')).toBe('/stands/e020');
    expect(within(entry).queryByRole('link', { name: /Download/ })).toBeNull();
    // The material still on the stand keeps its ordinary entry beside it.
    expect(screen.getByText('Course catalogue')).toBeTruthy();
  });

  it('is dismissed with one press: the api is asked to drop it, and it leaves the page', async () => {
    const fetchMock = stubApi();
    await renderBriefcase('en');
    await userEvent.click(screen.getByRole('button', { name: 'Dismiss: Price list 2027' }));

    await waitFor(() => {
      expect(screen.queryByText('Price list 2027')).toBeNull();
    });
    const deletes = fetchMock.mock.calls.filter(([, init]) => init?.method === 'DELETE');
    expect(deletes.map(([url]) => url)).toEqual([`/api/briefcase/${REMOVED.id}`]);
    expect(new Headers(deletes[0]?.[1]?.headers).get('authorization')).toBe('Bearer visitor-token');
    expect(screen.getByRole('status').textContent).toBe(
      '“Price list 2027” was removed from your briefcase.',
    );
    expect(screen.getByText('Course catalogue')).toBeTruthy();
  });
});
