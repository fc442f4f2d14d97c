/**
 * A stand visit with the real stack and two browsers: a visitor walks across the pavilion map
 * to UchiLab's stand (e001) and enters it; the stand panel plays the video presentation (the
 * element reports playing, frames and advancing time), a material goes into the briefcase and
 * shows on /briefcase, a chat message reaches the exhibitor's own browser live (as text, markup
 * shown, not run) and, after the exhibitor's connection dropped, what was said meanwhile; the
 * exhibitor answers from the dashboard and the visitor reads it in the panel; contacts are left
 * with consent: the api holds exactly what was ticked, and the exhibitor sees the lead in the
 * dashboard and exports it as CSV. The steps live in standVisit.ts for other tests to reuse.
 */
import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { appUrl, describeInBrowser, openPage } from './browser.ts';
import { waitConnected } from './hallPage.ts';
import {
  STAFF_E001,
  addMaterialToBriefcase,
  expectChatMessage,
  expectInBriefcase,
  leadsOf,
  leaveContacts,
  openStaffChat,
  playStandVideo,
  sendChatMessage,
  sessionToken,
  standFacts,
  walkIntoStand,
  whileChatOffline,
} from './standVisit.ts';

const EXHIBITOR = 'e001';

describeInBrowser('a stand visit', (browser) => {
  it('walks to a stand, watches its video, collects, chats with the exhibitor and leaves contacts', async () => {
    const { stand, hallId, standId } = await standFacts(EXHIBITOR);
    const material = stand.materials.find((candidate) => candidate.kind === 'pdf');
    if (!material) throw new Error(`${EXHIBITOR} has no PDF material in the demo fair`);

    // The exhibitor's staff signs in and watches the stand while the visitor walks there.
    const [staff, visitor] = await Promise.all([
      openStaffChat(browser(), STAFF_E001, EXHIBITOR),
      openPage(browser(), `/map/${hallId}`, 'en').then(async (opened) => {
        await waitConnected(opened.page);
        return opened;
      }),
    ]);
    const panel = await walkIntoStand(visitor.page, standId, stand.exhibitor.name.en);

    await playStandVideo(panel);

    await addMaterialToBriefcase(panel, material.id);
    await expectInBriefcase(visitor.page.context(), material.title.en);

    const text = `Do you have a trial for schools? <b>${String(Date.now())}</b>\nWe are in Kazan.`;
    await sendChatMessage(panel, text);
    const staffChat = staff.page.getByTestId('stand-chat');
    await expectChatMessage(staffChat, text);
    // A message written while the exhibitor's connection is down arrives once it is back.
    const later = 'And is there a version for colleges?';
    await whileChatOffline(staff.page, () => sendChatMessage(panel, later));
    await expectChatMessage(staffChat, later);

    // The exhibitor answers from the dashboard, where the conversation so far is waiting.
    await staff.page.goto(appUrl('/exhibitor'));
    await staff.page.getByRole('tab', { name: 'Stand chat' }).click();
    const dashboardChat = staff.page.getByTestId('stand-chat');
    await expectChatMessage(dashboardChat, later);
    const answer = `Yes: a free term for schools. ${String(Date.now())}`;
    await sendChatMessage(staff.page.getByRole('main'), answer);
    await expectChatMessage(panel.getByTestId('stand-chat'), answer);

    const email = `visitor.${String(Date.now())}@school.example`;
    await leaveContacts(panel, {
      name: 'Анна Иванова',
      email,
      organisation: 'Школа № 1 (not ticked)',
      note: 'Please send prices.',
    });
    const leads = await leadsOf(EXHIBITOR, await sessionToken(staff.page));
    expect(leads.find((lead) => lead.email === email)).toMatchObject({
      name: 'Анна Иванова',
      organisation: null,
      note: 'Please send prices.',
    });

    // The exhibitor sees the lead in the dashboard and exports it, without what was not ticked.
    await staff.page.getByRole('tab', { name: 'Leads' }).click();
    const table = staff.page.getByTestId('leads-table');
    await expect.poll(() => table.locator('tbody tr').first().innerText()).toContain(email);
    expect(await table.locator('tbody tr').first().innerText()).not.toContain('Школа № 1');
    const [download] = await Promise.all([
      staff.page.waitForEvent('download'),
      staff.page.getByRole('button', { name: 'Export CSV' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv).toContain(email);
    expect(csv).toContain('Анна Иванова');
    expect(csv).not.toContain('Школа № 1');

    expect(visitor.errors).toEqual([]);
    expect(staff.errors).toEqual([]);
    await visitor.page.context().close();
    await staff.page.context().close();
  }, 120_000);
});
