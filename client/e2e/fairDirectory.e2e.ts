/**
 * The fair as a visitor without 3D sees it: live figures on the home page, the exhibitor
 * directory with search and filters, an exhibitor's card in both languages, the forum schedule
 * by day, and University programs by competency. Every figure is checked against the api.
 */
import { EventPageSchema, ExhibitorPageSchema, ProgramPageSchema } from '@salon/shared';
import { expect, inject, it } from 'vitest';
import { describeInBrowser, openPage } from './browser.ts';

async function api<T>(pathname: string, schema: { parse: (value: unknown) => T }): Promise<T> {
  const response = await fetch(new URL(pathname, inject('apiUrl')));
  return schema.parse(await response.json());
}

describeInBrowser('the fair directory', (browser) => {
  it('shows the live number of exhibitors, events and programs on the home page', async () => {
    const exhibitors = await api('/api/exhibitors?pageSize=1', ExhibitorPageSchema);
    const events = await api('/api/events?pageSize=1', EventPageSchema);
    const { page, errors } = await openPage(browser(), '/');
    const figures = page.locator('.figure strong');
    await expect.poll(() => figures.allInnerTexts()).toContain(String(exhibitors.total));
    await expect.poll(() => figures.allInnerTexts()).toContain(String(events.total));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('narrows the exhibitors by search and kind, and opens a card in both languages', async () => {
    const { page, errors } = await openPage(browser(), '/exhibitors');
    const items = page.getByTestId('exhibitor-list').locator('li');
    await expect.poll(() => items.count()).toBe(24);

    await page.getByRole('combobox', { name: 'Все типы' }).selectOption('regionalSystem');
    const regional = await api(
      '/api/exhibitors?kind=regionalSystem&pageSize=1',
      ExhibitorPageSchema,
    );
    await expect.poll(() => page.locator('.count').innerText()).toContain(String(regional.total));
    expect(page.url()).toContain('kind=regionalSystem');

    await page.getByRole('searchbox').fill('татарстан');
    await expect.poll(() => items.count()).toBe(1);
    await items.first().getByRole('link').click();
    const heading = page.getByRole('heading', { level: 1 });
    await expect.poll(() => heading.innerText()).toContain('Татарстан');

    await page.getByRole('button', { name: 'EN' }).click();
    await expect.poll(() => heading.innerText()).toContain('Tatarstan');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('says so plainly when nothing matches', async () => {
    const { page } = await openPage(browser(), '/exhibitors?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    await expect.poll(() => page.getByText('Ничего не найдено.').count()).toBe(1);
    await page.context().close();
  });

  it("points the map's search to the pavilion where the match is", async () => {
    const all = await api('/api/exhibitors?pageSize=100', ExhibitorPageSchema);
    const elsewhere = all.items.find((exhibitor) => exhibitor.stand?.hallId === 'hall-2');
    if (!elsewhere) throw new Error('The demo fair has no exhibitor in hall-2');
    const query = encodeURIComponent(elsewhere.name.ru);
    const { page, errors } = await openPage(browser(), `/map/hall-1?q=${query}`);
    await expect
      .poll(() => page.getByText('В этом павильоне нет подходящих стендов.').count())
      .toBe(1);
    const link = page.getByTestId('other-hall-matches').getByRole('link');
    await expect.poll(() => link.count()).toBe(1);
    await link.click();
    await expect.poll(() => page.url()).toContain(`/map/hall-2?q=`);
    const stands = page.getByTestId('stand-list').locator('li');
    await expect
      .poll(() => stands.allInnerTexts())
      .toContainEqual(expect.stringContaining(elsewhere.name.ru));
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('lists the forum events of a chosen day in Moscow time', async () => {
    const day = await api('/api/events?day=2027-04-28&pageSize=100', EventPageSchema);
    const { page, errors } = await openPage(browser(), '/forum', 'en');
    await page.getByRole('button', { name: 'Apr 28' }).click();
    const events = page.getByTestId('event-list').locator('li');
    await expect.poll(() => events.count()).toBe(Math.min(day.total, 50));
    const firstTitle = day.items[0]?.title.en ?? '';
    await expect.poll(() => events.first().innerText()).toContain(firstTitle);
    expect(await events.first().locator('time').innerText()).toContain('10:00');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters University programs by competency', async () => {
    const digital = await api('/api/programs?competency=digital&pageSize=100', ProgramPageSchema);
    const { page } = await openPage(browser(), '/university?competency=digital');
    const programs = page.getByTestId('program-list').locator('li');
    await expect.poll(() => programs.count()).toBe(Math.min(digital.total, 20));
    await page.context().close();
  });
});
