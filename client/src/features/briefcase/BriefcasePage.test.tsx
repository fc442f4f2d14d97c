// @vitest-environment jsdom
import type { BriefcaseItem, Session } from '@salon/shared';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInApp, signedInForEachTest } from '../../testing/renderInApp.tsx';
import { BriefcasePage } from './BriefcasePage.tsx';

const SESSION: Session = {
  token: 'visitor-token',
  expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
  user: {
    id: '0b0c3f0e-8f8a-4d55-9a55-1f1f4c3b9a02',
    displayName: 'Борис',
    role: 'visitor',
    color: '#336699',
    email: 'boris@school.example',
    exhibitorId: null,
  },
};

const EXHIBITOR = { id: 'e020', name: { ru: 'Учи.Лаб', en: 'UchiLab' } };

/** Booklet 1 is the newest. */
function booklet(index: number): BriefcaseItem {
  const suffix = String(index).padStart(12, '0');
  return {
    id: `5d6a1f3e-2b1c-4c8e-9f00-${suffix}`,
    addedAt: new Date(Date.UTC(2027, 3, 26, 12) - index * 60_000).toISOString(),
    exhibitor: EXHIBITOR,
    material: {
      id: `5d6a1f3e-2b1c-4c8e-9f11-${suffix}`,
      kind: 'link',
      title: { ru: `Буклет ${String(index)}`, en: `Booklet ${String(index)}` },
      url: `https://courses.example/${String(index)}`,
      sizeBytes: null,
    },
    contacts: null,
    removedMaterial: null,
  };
}

const HELD = Array.from({ length: 25 }, (_, index) => booklet(index + 1));

/** A fake api answering GET /api/briefcase?page=&pageSize= from `held`. */
function stubApi(held: BriefcaseItem[] = HELD) {
  const fetchMock = vi.fn((url: string) => {
    const query = new URL(url, 'http://salon.test').searchParams;
    const page = Number(query.get('page') ?? '1');
    const pageSize = Number(query.get('pageSize') ?? '20');
    const items = held.slice((page - 1) * pageSize, page * pageSize);
    return Promise.resolve(Response.json({ items, page, pageSize, total: held.length }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderBriefcase(lng: 'ru' | 'en') {
  return renderInApp(<BriefcasePage />, lng);
}

signedInForEachTest(SESSION);

describe('BriefcasePage', () => {
  it('shows the newest page first, and the rest after “Show more”, pressed by keyboard', async () => {
    const fetchMock = stubApi();
    await renderBriefcase('en');
    const more = await screen.findByRole('button', { name: 'Show more' });
    expect(screen.getByText('25 items')).toBeTruthy();
    expect(screen.getByText('20 of 25 shown')).toBeTruthy();
    expect(screen.getByText('Booklet 20')).toBeTruthy();
    expect(screen.queryByText('Booklet 21')).toBeNull();

    more.focus();
    await userEvent.keyboard('{Enter}');

    const end = await screen.findByText('That is all: 25 items.');
    const titles = screen.getAllByText(/^Booklet \d+$/).map((title) => title.textContent);
    expect(titles).toEqual(HELD.map((item) => item.material?.title.en));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    await waitFor(() => {
      expect(document.activeElement).toBe(end);
    });
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/api/briefcase?page=1&pageSize=20',
      '/api/briefcase?page=2&pageSize=20',
    ]);
  });

  it('says it in Russian', async () => {
    stubApi();
    await renderBriefcase('ru');
    await userEvent.click(await screen.findByRole('button', { name: 'Показать ещё' }));
    expect(await screen.findByText('Это всё: 25 предметов.')).toBeTruthy();
  });

  it('offers no “Show more” when one page holds everything', async () => {
    stubApi(HELD.slice(0, 3));
    await renderBriefcase('en');
    expect(await screen.findByText('Booklet 3')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(screen.queryByText(/That is all/)).toBeNull();
  });
});
