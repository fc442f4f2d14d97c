/**
 * Accounts from the visitor's side with the real stack: a guest collects at a stand, registers
 * (after being told in place what was wrong), keeps the briefcase, and the hall rejoins under the
 * new name; another device signs in and finds the same briefcase; a session ended elsewhere asks
 * to sign in again instead of quietly becoming a guest; signing out leaves an empty guest.
 */
import type { Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { appUrl, describeInBrowser, openPage } from './browser.ts';
import { waitConnected } from './hallPage.ts';
import { sessionToken, signIn } from './standVisit.ts';

const EXHIBITOR = 'e002';

async function ownAvatarName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const snapshot = window.__salonHall?.snapshot();
    return snapshot?.avatars.find((avatar) => avatar.id === snapshot.selfId)?.name ?? null;
  });
}

describeInBrowser('accounts', (browser) => {
  it('keeps what a guest collected through registration, on every device, until sign-out', async () => {
    const a = await openPage(browser(), `/stands/${EXHIBITOR}`, 'en');
    const menu = a.page.getByTestId('account-menu');
    await expect.poll(() => menu.innerText()).toMatch(/Guest \d{4}/);
    const contacts = a.page.getByRole('button', { name: 'Add contacts to my briefcase' });
    await contacts.click();
    await expect.poll(() => a.page.getByText('In your briefcase').count()).toBe(1);

    // In the hall as a guest, then register from the account menu.
    await a.page
      .getByRole('navigation', { name: 'main' })
      .getByRole('link', { name: 'Map' })
      .click();
    await waitConnected(a.page);
    await expect.poll(() => ownAvatarName(a.page)).toMatch(/^Guest \d{4}$/);
    await menu.click();
    await a.page.getByRole('link', { name: 'Register' }).click();
    await expect.poll(() => new URL(a.page.url()).pathname).toBe('/register');
    await expect.poll(() => a.page.getByText('What you collected stays with you').count()).toBe(1);

    const email = `teacher.${String(Date.now())}@school.example`;
    await a.page.getByLabel('Name', { exact: true }).fill('Мария Петровна');
    await a.page.getByLabel('Email').fill('not-an-email');
    await a.page.getByLabel('Password', { exact: true }).fill('short');
    await a.page.getByRole('button', { name: 'Register' }).click();
    const invalid = a.page.locator('[aria-invalid="true"]');
    await expect.poll(() => invalid.count()).toBe(2);
    expect(await a.page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('email');
    expect(await a.page.getByText('Use a password of 10 to 200 characters.').count()).toBe(1);
    await a.page.getByLabel('Email').fill(email);
    await a.page.getByLabel('Password', { exact: true }).fill('a long enough passphrase');
    await a.page.getByRole('button', { name: 'Register' }).click();

    // Back on the map: the header and the avatar in the hall carry the account's name.
    await expect.poll(() => new URL(a.page.url()).pathname).toBe('/map');
    await expect.poll(() => menu.innerText()).toBe('Мария Петровна');
    await expect.poll(() => ownAvatarName(a.page), { timeout: 15_000 }).toBe('Мария Петровна');
    await menu.click();
    await a.page.getByRole('link', { name: 'My briefcase' }).click();
    const briefcase = a.page.getByTestId('briefcase');
    await expect
      .poll(() => briefcase.locator(`[data-exhibitor-id="${EXHIBITOR}"]`).count())
      .toBe(1);

    // Another device: sign in, and the briefcase is there.
    const b = await openPage(browser(), '/', 'en');
    await signIn(b.page, email, 'a long enough passphrase');
    await b.page.goto(appUrl('/briefcase'));
    const briefcaseB = b.page.getByTestId('briefcase');
    await expect
      .poll(() => briefcaseB.locator(`[data-exhibitor-id="${EXHIBITOR}"]`).count())
      .toBe(1);

    // That device is signed out elsewhere: its next action asks to sign in again.
    const revoked = await fetch(new URL('/api/sessions/current', inject('apiUrl')), {
      method: 'DELETE',
      headers: { authorization: `Bearer ${await sessionToken(b.page)}` },
    });
    expect(revoked.status).toBe(204);
    await briefcaseB
      .getByRole('button', { name: /^Remove/ })
      .first()
      .click();
    const ended = b.page.locator('.session-ended');
    await expect.poll(() => ended.innerText().catch(() => '')).toContain('Мария Петровна');
    expect(await ended.getAttribute('role')).toBe('alert');
    // Meanwhile a guest again; the account's briefcase waits for the sign-in, untouched.
    await expect.poll(() => b.page.getByTestId('account-menu').innerText()).toMatch(/Guest \d{4}/);
    await ended.getByRole('link', { name: 'Sign in again' }).click();
    await expect.poll(() => b.page.getByLabel('Email').inputValue()).toBe(email);

    // Signing out on the first device leaves a guest with an empty briefcase.
    await menu.click();
    await a.page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => menu.innerText()).toMatch(/Guest \d{4}/);
    await expect.poll(() => briefcase.innerText()).toContain('Your briefcase is empty');

    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.page.context().close();
    await b.page.context().close();
  }, 90_000);
});
