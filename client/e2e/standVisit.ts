/**
 * The steps of a stand visit for browser tests, each a small function that other tests (the
 * exhibitor dashboard's) reuse: sign in through the form, walk to a stand on the map and enter
 * it, play its video, take a material, chat, leave contacts, and read what the api holds.
 * Pages are in English (openPage(…, 'en')): the labels below are the English ones.
 */
import {
  LeadSchema,
  PublishedLayoutSchema,
  SessionSchema,
  StandDetailSchema,
  pageOf,
} from '@salon/shared';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { appUrl, openPage } from './browser.ts';

export const DEMO_PASSWORD = 'salon-demo-2027';
export const STAFF_E001 = 'staff.e001@salon.example';

async function api<T>(pathname: string, schema: { parse: (value: unknown) => T }, token?: string) {
  const response = await fetch(new URL(pathname, inject('apiUrl')), {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) throw new Error(`${pathname}: ${response.status} ${await response.text()}`);
  return schema.parse(await response.json());
}

/** The stand as the api has it, and where it stands in which hall. */
export async function standFacts(exhibitorId: string) {
  const stand = await api(`/api/stands/${exhibitorId}`, StandDetailSchema);
  const location = stand.exhibitor.stand;
  if (!location) throw new Error(`${exhibitorId} has no stand in the published layouts`);
  const published = await api(`/api/halls/${location.hallId}/layout`, PublishedLayoutSchema);
  const placed = published.layout.stands.find((candidate) => candidate.id === location.standId);
  if (!placed) throw new Error(`${location.standId} is not in ${location.hallId}`);
  return { stand, hallId: location.hallId, standId: location.standId };
}

/** Signs in through /signin and waits until the header shows the account. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(appUrl('/signin'));
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('salon.session') ?? ''), {
      timeout: 15_000,
    })
    .toContain(email);
  await expect.poll(() => new URL(page.url()).pathname).not.toBe('/signin');
}

/** The session token a page holds, to ask the api what that user may see. */
export async function sessionToken(page: Page): Promise<string> {
  const raw = await page.evaluate(() => localStorage.getItem('salon.session'));
  return SessionSchema.parse(JSON.parse(raw ?? 'null')).token;
}

/** A member of a stand's staff, signed in, on the public stand page with its chat live. */
export async function openStaffChat(
  browser: Browser,
  email: string,
  exhibitorId: string,
): Promise<{ page: Page; errors: string[] }> {
  const opened = await openPage(browser, '/signin', 'en');
  await signIn(opened.page, email);
  await opened.page.goto(appUrl(`/stands/${exhibitorId}`));
  await waitChatLive(opened.page.getByTestId('stand-chat'));
  return opened;
}

export async function waitChatLive(chat: Locator): Promise<void> {
  await expect.poll(() => chat.getAttribute('data-status'), { timeout: 15_000 }).toBe('live');
}

/**
 * Cuts the page's network while `meanwhile` runs elsewhere: its chat says it is reconnecting,
 * then comes back live by itself once the network returns.
 */
export async function whileChatOffline(page: Page, meanwhile: () => Promise<void>): Promise<void> {
  const chat = page.getByTestId('stand-chat');
  await page.context().setOffline(true);
  await expect.poll(() => chat.getAttribute('data-status')).toBe('reconnecting');
  expect(await chat.innerText()).toContain('reconnecting');
  await meanwhile();
  await page.context().setOffline(false);
  await waitChatLive(chat);
}

/**
 * On the map page of the stand's hall: click the stand, walk there along the alleys (the
 * server moves the avatar), press E at the entrance, and return the open stand panel.
 */
export async function walkIntoStand(page: Page, standId: string, name: string): Promise<Locator> {
  await page.locator(`[data-stand-id="${standId}"]`).click();
  const prompt = page.getByTestId('near-stand');
  await expect.poll(() => prompt.innerText().catch(() => ''), { timeout: 70_000 }).toContain(name);
  await page.keyboard.press('KeyE');
  const panel = page.getByTestId('stand-panel');
  await expect
    .poll(() => panel.getByRole('heading', { level: 2 }).first().innerText(), { timeout: 10_000 })
    .toBe(name);
  return panel;
}

/**
 * Plays the stand's video from the keyboard (focus, Space: the player's own controls) and
 * checks that it really plays: not paused, frames decoded, time advancing.
 */
export async function playStandVideo(scope: Locator): Promise<void> {
  const video = scope.getByTestId('stand-video');
  await video.focus();
  await video.press('Space');
  await expect
    .poll(() => video.evaluate((element: HTMLVideoElement) => !element.paused), { timeout: 10_000 })
    .toBe(true);
  const times = async () => video.evaluate((element: HTMLVideoElement) => element.currentTime);
  await expect.poll(times, { timeout: 10_000 }).toBeGreaterThan(0.3);
  const first = await times();
  await expect.poll(times, { timeout: 10_000 }).toBeGreaterThan(first + 0.3);
  const state = await video.evaluate((element: HTMLVideoElement) => ({
    width: element.videoWidth,
    readyState: element.readyState,
    source: element.currentSrc,
  }));
  expect(state.width).toBeGreaterThan(0);
  expect(state.readyState).toBeGreaterThanOrEqual(2);
  expect(state.source).toContain('/api/files/');
}

/** "Add to briefcase" on one material; the button turns into "In your briefcase". */
export async function addMaterialToBriefcase(scope: Locator, materialId: string): Promise<void> {
  const item = scope.locator(`[data-material-id="${materialId}"]`);
  await item.getByRole('button', { name: /Add to briefcase/ }).click();
  await expect.poll(() => item.innerText(), { timeout: 10_000 }).toContain('In your briefcase');
}

/** Opens /briefcase in another tab of the same visitor and checks that `title` is there. */
export async function expectInBriefcase(context: BrowserContext, title: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(appUrl('/briefcase'));
  await expect
    .poll(() => page.getByTestId('briefcase').innerText(), { timeout: 10_000 })
    .toContain(title);
  await page.close();
}

/** Writes in the stand chat (Enter sends) and waits until the own message shows. */
export async function sendChatMessage(scope: Locator, text: string): Promise<void> {
  const chat = scope.getByTestId('stand-chat');
  await waitChatLive(chat);
  const box = chat.getByRole('textbox', { name: /stand chat/ });
  await box.fill(text);
  await box.press('Enter');
  await expectChatMessage(chat, text);
  expect(await box.inputValue()).toBe('');
}

/** A message shows in a chat, as text: line breaks kept, markup shown, never run. */
export async function expectChatMessage(chat: Locator, text: string): Promise<void> {
  const bodies = chat.locator('.chat-body');
  await expect.poll(() => bodies.allTextContents(), { timeout: 10_000 }).toContain(text);
  const shown = bodies.filter({ hasText: text.split('\n')[0] ?? text });
  expect(await shown.locator('*').count()).toBe(0);
}

export interface SharedContacts {
  name: string;
  email: string;
  /** Typed in but not ticked: must not reach the exhibitor. */
  organisation: string;
  note: string;
}

/** "Leave my contacts": ticks name and email (not organisation), consents, sends. */
export async function leaveContacts(scope: Locator, contacts: SharedContacts): Promise<void> {
  const form = scope.getByTestId('lead-form');
  await form.scrollIntoViewIfNeeded();
  await form.getByLabel('Share my name').check();
  await form.getByLabel('Name', { exact: true }).fill(contacts.name);
  await form.getByLabel('Share my email').check();
  await form.getByLabel('Email', { exact: true }).fill(contacts.email);
  await form.getByLabel('Share my organisation').check();
  await form.getByLabel('Organisation', { exact: true }).fill(contacts.organisation);
  await form.getByLabel('Share my organisation').uncheck();
  await form.getByLabel(/A note to the exhibitor/).fill(contacts.note);
  // Without consent nothing is sent, and the form says why.
  await form.getByRole('button', { name: 'Send my contacts' }).click();
  await expect.poll(() => form.innerText()).toContain('Nothing is shared without your consent');
  await form.getByLabel(/I agree to share/).check();
  await form.getByRole('button', { name: 'Send my contacts' }).click();
  const sent = scope.getByTestId('lead-sent');
  await expect.poll(() => sent.innerText(), { timeout: 10_000 }).toContain('Name, Email');
}

/** The stand's leads as its staff reads them from the api. */
export async function leadsOf(exhibitorId: string, staffToken: string) {
  return (await api(`/api/stands/${exhibitorId}/leads`, pageOf(LeadSchema), staffToken)).items;
}
