/**
 * The exhibitor dashboard on the whole stack: staff of e001 sign in, edit the English
 * description and see it on the public stand page, upload a logo, have a file that lies about
 * its type refused by the api, see a lead left on the stand page arrive and export it as CSV.
 * And an organiser invites a new staff member for e002, whose link lands on e002's dashboard;
 * adds a new exhibitor whose invited staff member runs it; and takes that person off its staff.
 */
import { readFile } from 'node:fs/promises';
import { crc32, deflateSync } from 'node:zlib';
import { ExhibitorDetailSchema } from '@salon/shared';
import type { Browser, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { appUrl, describeInBrowser } from './browser.ts';
import { leaveContacts } from './standVisit.ts';

const PASSWORD = 'salon-demo-2027';

/** A real PNG of `size`×`size` pixels in one colour, made here so the test needs no fixture. */
function solidPng(size: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array(size).fill(rgb).flat())]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(Array<Buffer>(size).fill(row)))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PDF's bytes: what a file "logo.png" really holds when it lies about its type. */
const PDF_BYTES = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n' +
    '2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
);

async function newPage(browser: Browser, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', acceptDownloads: true });
  await context.addInitScript(() => localStorage.setItem('salon.locale', 'en'));
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(error.message));
  return page;
}

/** Signs in on /signin, which returns to `next`. */
async function signIn(page: Page, email: string, next: string): Promise<void> {
  await page.goto(appUrl(`/signin?next=${encodeURIComponent(next)}`));
  const main = page.getByRole('main');
  await main.getByLabel('Email').fill(email);
  await main.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await main.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next);
}

async function exhibitorName(id: string): Promise<string> {
  const response = await fetch(new URL(`/api/exhibitors/${id}`, inject('apiUrl')));
  return ExhibitorDetailSchema.parse(await response.json()).name.en;
}

describeInBrowser('the exhibitor dashboard', (browser) => {
  it('lets a stand’s staff edit it, upload a logo, and see and export leads', async () => {
    const errors: string[] = [];
    const staff = await newPage(browser(), errors);
    const standName = await exhibitorName('e001');

    // Not signed in: a prompt that leads to sign-in and back.
    await staff.goto(appUrl('/exhibitor'));
    const prompt = staff.getByRole('heading', { name: 'Sign in as exhibitor staff' });
    await expect.poll(() => prompt.count()).toBe(1);
    await staff.getByRole('main').getByRole('link', { name: 'Sign in' }).click();
    await expect.poll(() => new URL(staff.url()).searchParams.get('next')).toBe('/exhibitor');
    await signIn(staff, 'staff.e001@salon.example', '/exhibitor');
    const title = staff.getByRole('heading', { level: 1 });
    await expect.poll(() => title.innerText()).toBe(standName);

    // The English description, saved, shows on the public stand page.
    const description = `Updated from the dashboard at ${String(Date.now())}.`;
    await staff.getByLabel('Description — English').fill(description);
    await expect.poll(() => staff.getByTestId('stand-preview').innerText()).toContain(description);
    await staff.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => staff.getByText('Saved.').count()).toBe(1);
    const visitorView = await newPage(browser(), errors);
    await visitorView.goto(appUrl('/stands/e001'));
    await expect.poll(() => visitorView.getByText(description).count()).toBe(1);
    await visitorView.context().close();

    // A logo upload shows the new logo; a PDF calling itself PNG is refused by the api.
    await staff.getByRole('tab', { name: 'Logo and video' }).click();
    const logoInput = staff.getByLabel('Logo file');
    await logoInput.setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: solidPng(32, [29, 78, 216]),
    });
    await staff.getByRole('button', { name: 'Upload logo' }).click();
    await expect.poll(() => staff.getByText('“logo.png” is uploaded.').count()).toBe(1);
    const logo = staff.getByTestId('logo-preview');
    await expect
      .poll(() => logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBe(32);
    const logoUrl = await logo.getAttribute('src');

    await logoInput.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PDF_BYTES });
    await staff.getByRole('button', { name: 'Upload logo' }).click();
    const refusal = staff.getByRole('alert').filter({ hasText: 'PNG, JPEG or WebP image' });
    await expect.poll(() => refusal.count()).toBe(1);
    expect(await refusal.innerText()).toMatch(/not a PNG, JPEG or WebP image|application\/pdf/);
    expect(await logo.getAttribute('src')).toBe(logoUrl);

    // A visitor leaves contacts through the stand page's form: name, email and a note.
    const visitor = await newPage(browser(), errors);
    await visitor.goto(appUrl('/stands/e001'));
    const email = `visitor.${String(Date.now())}@school.example`;
    await leaveContacts(visitor.getByRole('main'), {
      name: 'Irina Petrova',
      email,
      organisation: 'Not shared School',
      note: 'Call me about <b>robotics</b> kits',
    });
    await visitor.context().close();

    // The lead appears in the table (newest first) and in the exported CSV.
    await staff.getByRole('tab', { name: 'Leads' }).click();
    const table = staff.getByTestId('leads-table');
    await expect.poll(() => table.locator('tbody tr').first().innerText()).toContain(email);
    const row = await table.locator('tbody tr').first().innerText();
    expect(row).toContain('Call me about <b>robotics</b> kits');
    expect(row).not.toContain('Not shared School');
    const [download] = await Promise.all([
      staff.waitForEvent('download'),
      staff.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^leads-e001-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(email);
    expect(csv).toContain('Irina Petrova');

    expect(errors).toEqual([]);
    await staff.context().close();
  });

  it('lets an organiser invite staff whose link opens their stand’s dashboard', async () => {
    const errors: string[] = [];
    const organiser = await newPage(browser(), errors);
    const standName = await exhibitorName('e002');
    await signIn(organiser, 'organiser@salon.example', '/organiser');

    await organiser.getByLabel('Search exhibitors').fill(standName);
    const choice = organiser.getByTestId('exhibitor-picker').getByRole('button', {
      name: standName,
    });
    await expect.poll(() => choice.count()).toBeGreaterThan(0);
    await choice.first().click();
    await expect.poll(() => new URL(organiser.url()).searchParams.get('exhibitor')).toBe('e002');

    const invitee = `new.staff.${String(Date.now())}@salon.example`;
    await organiser.getByLabel('Staff member’s email').fill(invitee);
    await organiser.getByRole('button', { name: 'Create invitation' }).click();
    const link = organiser.getByLabel('Invitation link');
    await expect.poll(() => link.count()).toBe(1);
    const url = await link.inputValue();
    expect(url).toMatch(/\/invite\/[A-Za-z0-9_-]{20,}$/);
    expect(await organiser.getByTestId('invitation').innerText()).toContain(invitee);
    await organiser.context().close();

    const newcomer = await newPage(browser(), errors);
    await newcomer.goto(url);
    await newcomer.getByLabel('Your name for visitors').fill('Anna, stand manager');
    await newcomer.getByLabel('Password', { exact: true }).fill('a long enough passphrase');
    await newcomer.getByLabel('Password again').fill('a long enough passphrase');
    await newcomer.getByRole('button', { name: 'Accept the invitation' }).click();
    await newcomer.waitForURL((address) => address.pathname === '/exhibitor');
    const title = newcomer.getByRole('heading', { level: 1 });
    await expect.poll(() => title.innerText()).toBe(standName);

    // The link worked once; opened again it says plainly to ask for a new one.
    await newcomer.goto(url);
    await newcomer.getByLabel('Your name for visitors').fill('Someone else');
    await newcomer.getByLabel('Password', { exact: true }).fill('another long passphrase');
    await newcomer.getByLabel('Password again').fill('another long passphrase');
    await newcomer.getByRole('button', { name: 'Accept the invitation' }).click();
    await expect.poll(() => newcomer.getByTestId('invitation-dead').count()).toBe(1);

    expect(errors).toEqual([]);
    await newcomer.context().close();
  });

  it('lets an organiser add an exhibitor, whose invited staff member runs it, and take them off', async () => {
    const errors: string[] = [];
    const organiser = await newPage(browser(), errors);
    await signIn(organiser, 'organiser@salon.example', '/organiser');
    await organiser.getByRole('button', { name: 'Add an exhibitor' }).click();

    // An empty form is refused in place, in words, before anything is sent.
    await organiser.getByRole('button', { name: 'Add the exhibitor' }).click();
    await expect.poll(() => organiser.getByText('Choose a region from the list.').count()).toBe(1);
    await expect.poll(() => organiser.getByText('Tick 1 to 10 topics.').count()).toBe(1);

    const stamp = String(Date.now());
    const name = `Open School ${stamp}`;
    await organiser.getByLabel('Name — Русский').fill(`Открытая школа ${stamp}`);
    await organiser.getByLabel('Name — English').fill(name);
    await organiser.getByLabel('Description — Русский').fill('Курсы для учителей');
    await organiser.getByLabel('Description — English').fill('Courses for teachers');
    await organiser.getByLabel('Region', { exact: true }).selectOption({ label: 'Moscow' });
    await organiser.getByRole('checkbox', { name: 'School education', exact: true }).check();
    const invitee = `first.staff.${stamp}@salon.example`;
    await organiser.getByLabel('Email of the person who will run the stand').fill(invitee);
    await organiser.getByRole('button', { name: 'Add the exhibitor' }).click();

    await expect.poll(() => organiser.getByText(`Exhibitor “${name}” added.`).count()).toBe(1);
    const link = organiser.getByLabel('Invitation link');
    await expect.poll(() => link.count()).toBe(1);
    const url = await link.inputValue();
    expect(await organiser.getByTestId('invitation').innerText()).toContain(invitee);
    const exhibitorId = new URL(organiser.url()).searchParams.get('exhibitor') ?? '';
    expect(await exhibitorName(exhibitorId)).toBe(name);

    const newcomer = await newPage(browser(), errors);
    await newcomer.goto(url);
    await newcomer.getByLabel('Your name for visitors').fill('Olga, first staff');
    await newcomer.getByLabel('Password', { exact: true }).fill('a long enough passphrase');
    await newcomer.getByLabel('Password again').fill('a long enough passphrase');
    await newcomer.getByRole('button', { name: 'Accept the invitation' }).click();
    await newcomer.waitForURL((address) => address.pathname === '/exhibitor');
    const title = newcomer.getByRole('heading', { level: 1 });
    await expect.poll(() => title.innerText()).toBe(name);
    await newcomer.context().close();

    // The organiser takes her off the new stand's staff from its dashboard.
    await organiser.goto(appUrl(`/exhibitor?exhibitor=${encodeURIComponent(exhibitorId)}`));
    await organiser.getByRole('tab', { name: 'Staff on duty' }).click();
    await organiser
      .getByRole('button', { name: 'Remove Olga, first staff from the stand’s team' })
      .click();
    await organiser.getByRole('button', { name: 'Yes, remove' }).click();
    await expect
      .poll(() =>
        organiser.getByText('Olga, first staff is no longer on the stand’s team.').count(),
      )
      .toBe(1);
    await expect
      .poll(() => organiser.getByText('The stand has no staff yet.', { exact: false }).count())
      .toBe(1);

    expect(errors).toEqual([]);
    await organiser.context().close();
  });
});
