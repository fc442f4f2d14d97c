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

/** The fake api's cursor: opaque to the page, which only passes it back. */
function cursorAfter(item: BriefcaseItem): string {
  return `after-${String(Date.parse(item.addedAt))}`;
}

/**
 * A fake api answering GET /api/briefcase?cursor=&pageSize= from what `held()` holds at that
 * moment, newest first, as the real one does: the page after the cursor's place.
 */
function stubApi(held: () => BriefcaseItem[] = () => HELD) {
  const fetchMock = vi.fn((url: string) => {
    const query = new URL(url, 'http://salon.test').searchParams;
    const pageSize = Number(query.get('pageSize') ?? '20');
    const cursor = query.get('cursor');
    const all = held();
    const after = cursor ? all.filter((item) => cursorAfter(item) < cursor) : all;
    const items = after.slice(0, pageSize);
    const last = items.at(-1);
    const nextCursor = after.length > pageSize && last ? cursorAfter(last) : null;
    return Promise.resolve(Response.json({ items, nextCursor, total: all.length }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderBriefcase(lng: 'ru' | 'en') {
  return renderInApp(<BriefcasePage />, lng);
}

function shownTitles(): (string | null)[] {
  return screen.getAllByText(/^(Booklet|Буклет) \d+$/).map((title) => title.textContent);
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
    expect(shownTitles()).toEqual(HELD.map((item) => item.material?.title.en));
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    await waitFor(() => {
      expect(document.activeElement).toBe(end);
    });
    const twentieth = HELD[19];
    if (!twentieth) throw new Error('No twentieth booklet');
    expect(fetchMock.mock.calls.map(([url]) => url)).toEqual([
      '/api/briefcase?pageSize=20',
      `/api/briefcase?cursor=${cursorAfter(twentieth)}&pageSize=20`,
    ]);
  });

  it('says it in Russian, “Показать ещё” pressed by keyboard too', async () => {
    stubApi();
    await renderBriefcase('ru');
    const more = await screen.findByRole('button', { name: 'Показать ещё' });
    expect(screen.getByText('Показано 20 из 25')).toBeTruthy();
    more.focus();
    await userEvent.keyboard(' ');
    const end = await screen.findByText('Это всё: 25 предметов.');
    await waitFor(() => {
      expect(document.activeElement).toBe(end);
    });
    expect(shownTitles()).toHaveLength(25);
  });

  it('keeps the focus on “Show more” while more pages remain', async () => {
    const many = Array.from({ length: 45 }, (_, index) => booklet(index + 1));
    stubApi(() => many);
    await renderBriefcase('en');
    const more = await screen.findByRole('button', { name: 'Show more' });
    more.focus();
    await userEvent.keyboard('{Enter}');
    expect(await screen.findByText('40 of 45 shown')).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Show more' }));
  });

  it('shows each item once when another tab adds one and removes one between pages', async () => {
    let held = HELD;
    stubApi(() => held);
    await renderBriefcase('en');
    await screen.findByRole('button', { name: 'Show more' });
    // Meanwhile, elsewhere: a new booklet on top (by page number, booklet 20 would come again),
    // and booklet 22, not shown yet, taken out.
    const gone = HELD[21];
    held = [booklet(0), ...HELD.filter((item) => item !== gone)];

    await userEvent.click(screen.getByRole('button', { name: 'Show more' }));

    await screen.findByText('That is all: 25 items.');
    const titles = shownTitles();
    expect(new Set(titles).size).toBe(titles.length);
    expect(titles).toEqual(
      HELD.filter((item) => item !== gone).map((item) => item.material?.title.en),
    );
  });

  it('offers no “Show more” when one page holds everything', async () => {
    stubApi(() => HELD.slice(0, 3));
    await renderBriefcase('en');
    expect(await screen.findByText('Booklet 3')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    expect(screen.queryByText(/That is all/)).toBeNull();
  });
});
