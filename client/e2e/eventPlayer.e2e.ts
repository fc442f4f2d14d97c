/**
 * The forum event player through the real interface, with the real stack (and, under CI, a real
 * livekit-server), in three browser contexts: a registered viewer, the event's chat expert
 * (demo account) and an organiser. Before the start the viewer sees the countdown. In the chat,
 * the viewer's question waits for the expert, who approves it in their own browser; the viewer
 * sees it approved and up-votes it, and the expert sees the vote and marks it answered. A
 * comment appears at once in the expert's browser, and when the expert hides it, it leaves the
 * viewer's. The event's producer then goes live through the api, puts a speaker on air and
 * uploads a recording made by ffmpeg as the studio would (a chunk while live, finished after the
 * end); the expert marks the question answered while live. The viewer's player follows without
 * a reload: the live program, then "being prepared", then the recording, whose chapter and the
 * answered question's link both seek it. The chat closes, the viewer rates the event with the
 * keyboard and sees their rating again after a reload, and the organiser finds it in the
 * results. Pages are in English. (The program itself, composed by a studio and recorded there,
 * is forumEvent.e2e.ts's.)
 *
 * Uses ev002 (its producer and chat expert are demo accounts), which this test ends for good:
 * the stack's database is fresh for each run.
 */
import { SessionSchema } from '@salon/shared';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import { appUrl, describeInBrowser, openPage } from './browser.ts';
import { DEMO_PASSWORD, signIn } from './standVisit.ts';

const EVENT = 'ev002';
const TITLE = 'Summer themed sessions: five lessons learned';
const EXPERT = 'chat.expert@salon.example';
const PRODUCER = 'producer@salon.example';
const ORGANISER = 'organiser@salon.example';
const UI_TIMEOUT = 20_000;
/** ev002's first speaker, whom the producer puts on air. */
const SPEAKER = { id: 'sp061', name: 'Vera Vladimirovna Savelyeva' };

/** A short WebM, as the producer's MediaRecorder would make, encoded by ffmpeg. */
function programWebm(): Buffer {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'salon-program-')), 'program.webm');
  execFileSync('ffmpeg', [
    ...['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=size=160x90:rate=10'],
    ...['-t', '12', '-c:v', 'libvpx', '-b:v', '100k', '-f', 'webm', file],
  ]);
  return readFileSync(file);
}

/** The producer's studio uploading the recording: its one chunk while live, then finishing. */
async function uploadRecording(token: string, step: 'first' | 'finish'): Promise<void> {
  const url =
    step === 'first'
      ? `/api/events/${EVENT}/recording/chunks?seq=0`
      : `/api/events/${EVENT}/recording/finish`;
  const response = await fetch(new URL(url, inject('apiUrl')), {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      ...(step === 'first' ? { 'content-type': 'application/octet-stream' } : {}),
    },
    ...(step === 'first' ? { body: new Uint8Array(programWebm()) } : {}),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
}

async function api(pathname: string, init: { method: string; body?: unknown; token?: string }) {
  const headers: Record<string, string> = {};
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.token) headers['authorization'] = `Bearer ${init.token}`;
  const response = await fetch(new URL(pathname, inject('apiUrl')), {
    method: init.method,
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  if (!response.ok) throw new Error(`${pathname}: ${response.status} ${await response.text()}`);
  return response.json() as Promise<unknown>;
}

async function producerToken(): Promise<string> {
  const session = await api('/api/sessions', {
    method: 'POST',
    body: { email: PRODUCER, password: DEMO_PASSWORD },
  });
  return SessionSchema.parse(session).token;
}

/** A message of the chat, found by its text. */
const item = (page: Page, text: string): Locator =>
  page.getByTestId('event-chat-item').filter({ hasText: text });

async function openEvent(page: Page): Promise<Locator> {
  await page.goto(appUrl(`/forum/${EVENT}`));
  const chat = page.getByTestId('event-chat');
  await expect
    .poll(() => chat.getByText('Connected', { exact: true }).count(), { timeout: UI_TIMEOUT })
    .toBe(1);
  return chat;
}

describeInBrowser('the forum event player', (browser) => {
  it('counts down, runs the moderated chat, follows the broadcast and takes a rating', async () => {
    const email = `viewer.${String(Date.now())}@school.example`;
    await api('/api/accounts', {
      method: 'POST',
      body: { email, password: 'a long enough passphrase', displayName: 'Ирина Зрителева' },
    });
    const viewer = (await openPage(browser(), '/', 'en')).page;
    const expert = (await openPage(browser(), '/', 'en')).page;
    await signIn(viewer, email, 'a long enough passphrase');
    await signIn(expert, EXPERT);

    // Before the start: the countdown, ticking, and the event's details.
    const viewerChat = await openEvent(viewer);
    await expect.poll(() => viewer.getByTestId('event-phase').innerText()).toBe('Coming up');
    const countdown = viewer.getByTestId('event-countdown');
    const first = await countdown.innerText();
    expect(first).toMatch(/\d+ days?/);
    await expect.poll(() => countdown.innerText(), { timeout: 5000 }).not.toBe(first);
    expect(await viewer.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);
    expect(await viewer.getByText('(Moscow time)').count()).toBe(1);

    // A question waits for the expert: the viewer sees it as waiting, nobody else does yet.
    const expertChat = await openEvent(expert);
    const question = 'How did you choose the themes of the sessions?';
    await viewerChat.getByRole('textbox', { name: 'Your question' }).fill(question);
    await viewerChat.getByRole('button', { name: 'Ask' }).click();
    const pending = viewerChat.getByTestId('event-chat-pending');
    await expect.poll(() => item(viewer, question).getAttribute('data-state')).toBe('pending');
    expect(await pending.getByText('Waiting for approval', { exact: true }).count()).toBe(1);

    // The expert approves it in their browser; the viewer sees it approved and up-votes it.
    const expertQuestion = expertChat
      .getByTestId('event-chat-pending')
      .getByTestId('event-chat-item')
      .filter({ hasText: question });
    await expect.poll(() => expertQuestion.count(), { timeout: UI_TIMEOUT }).toBe(1);
    await expertQuestion.getByRole('button', { name: 'Approve' }).click();
    const approved = viewerChat
      .getByTestId('event-chat-questions')
      .getByTestId('event-chat-item')
      .filter({ hasText: question });
    await expect.poll(() => approved.count(), { timeout: UI_TIMEOUT }).toBe(1);
    expect(await pending.count()).toBe(0);
    const vote = approved.getByRole('button', { name: /Up-vote this question/ });
    await vote.click();
    await expect.poll(() => approved.getByTestId('event-chat-votes').innerText()).toBe('1');
    expect(
      await approved
        .getByRole('button', { name: /Withdraw your vote/ })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    const expertApproved = item(expert, question);
    await expect
      .poll(() => expertApproved.getByTestId('event-chat-votes').innerText(), {
        timeout: UI_TIMEOUT,
      })
      .toBe('1');

    // A comment appears at once in the other browser; hidden by the expert, it leaves the viewer's.
    const comment = 'Thank you, very useful!';
    await viewerChat.getByRole('radio', { name: 'Comment' }).check();
    await viewerChat.getByRole('textbox', { name: 'Your comment' }).fill(comment);
    await viewerChat.getByRole('button', { name: 'Send' }).click();
    await expect.poll(() => item(viewer, comment).count()).toBe(1);
    await expect.poll(() => item(expert, comment).count(), { timeout: UI_TIMEOUT }).toBe(1);
    await item(expert, comment).getByRole('button', { name: 'Hide' }).click();
    await expect.poll(() => item(expert, comment).getAttribute('data-state')).toBe('hidden');
    await expect.poll(() => item(viewer, comment).count(), { timeout: UI_TIMEOUT }).toBe(0);

    // The producer goes live: the viewer's player turns to the program without a reload.
    const token = await producerToken();
    await api(`/api/events/${EVENT}/studio/live`, { method: 'POST', token });
    await expect
      .poll(() => viewer.getByTestId('event-phase').innerText(), { timeout: UI_TIMEOUT })
      .toBe('Live');
    // With a real livekit-server it joins the program room (nothing is on it without a studio);
    // without one, it says in words that live video is not set up.
    const shown = inject('livekitUrl') ? 'program-player' : 'program-problem';
    await expect.poll(() => viewer.getByTestId(shown).count(), { timeout: UI_TIMEOUT }).toBe(1);

    // On air: a speaker (a chapter of the recording), the recording's first chunk as the
    // producer's studio would upload it, and the expert marks the question answered.
    await api(`/api/events/${EVENT}/studio/on-air`, {
      method: 'PUT',
      token,
      body: { speakerId: SPEAKER.id },
    });
    await uploadRecording(token, 'first');
    await expertApproved.getByRole('button', { name: 'Mark answered' }).click();
    await expect
      .poll(() => approved.getAttribute('data-state'), { timeout: UI_TIMEOUT })
      .toBe('answered');
    expect(await approved.getByText(/Answered on air at \d+:\d\d/).count()).toBe(1);

    // The producer ends: the chat closes, the recording is prepared, then plays with chapters,
    // and the answered question jumps to its moment in it.
    await api(`/api/events/${EVENT}/studio/end`, { method: 'POST', token });
    await expect
      .poll(() => viewer.getByTestId('event-phase').innerText(), { timeout: UI_TIMEOUT })
      .toBe('Ended');
    await expect
      .poll(() => viewer.getByTestId('recording-status').innerText(), { timeout: UI_TIMEOUT })
      .toContain('being prepared');
    expect(await viewerChat.getByText('its chat is closed').count()).toBe(1);
    await uploadRecording(token, 'finish');
    const recording = viewer.getByTestId('event-recording');
    await expect.poll(() => recording.count(), { timeout: UI_TIMEOUT }).toBe(1);
    const video = recording.locator('video');
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.duration), {
        timeout: UI_TIMEOUT,
      })
      .toBeGreaterThan(10);
    const chapter = recording.getByRole('button', { name: new RegExp(SPEAKER.name) });
    expect(await chapter.innerText()).toMatch(/^0:0\d/);
    const at = () => video.evaluate((element: HTMLVideoElement) => element.currentTime);
    await video.evaluate((element: HTMLVideoElement) => {
      element.currentTime = 11;
    });
    await approved.getByRole('button', { name: /Watch the answer/ }).click();
    await expect.poll(at, { timeout: UI_TIMEOUT }).toBeLessThan(10);
    await video.evaluate((element: HTMLVideoElement) => {
      element.pause();
      element.currentTime = 11;
    });
    await chapter.click();
    await expect.poll(at, { timeout: UI_TIMEOUT }).toBeLessThan(10);

    // The viewer rates the event with the keyboard.
    const feedback = viewer.getByTestId('event-feedback');
    await feedback.getByRole('radio', { name: '3, good' }).focus();
    await viewer.keyboard.press('Space');
    await viewer.keyboard.press('ArrowRight');
    expect(await feedback.getByRole('radio', { name: '4, very good' }).isChecked()).toBe(true);
    const opinion = 'Clear examples, too short.';
    await feedback.getByLabel('Comment (optional)').fill(opinion);
    await feedback.getByRole('button', { name: 'Send rating' }).click();
    await expect
      .poll(() => feedback.getByTestId('feedback-thanks').innerText(), { timeout: UI_TIMEOUT })
      .toContain('Your rating: 4 of 5');
    await viewer.reload();
    await expect
      .poll(() => viewer.getByTestId('feedback-thanks').innerText(), { timeout: UI_TIMEOUT })
      .toContain('Thank you for your rating!');

    // The organiser finds the rating and the comment among the results.
    const organiser = (await openPage(browser(), '/', 'en')).page;
    await signIn(organiser, ORGANISER);
    await organiser.goto(appUrl('/organiser'));
    const results = organiser.getByTestId('feedback-results');
    await results.getByRole('searchbox', { name: 'Find an event' }).fill('Summer themed');
    const row = results.locator(`[data-testid="feedback-row"][data-event="${EVENT}"]`);
    await expect
      .poll(() => row.getByTestId('feedback-count').innerText(), { timeout: UI_TIMEOUT })
      .toBe('1');
    expect(await row.getByTestId('feedback-average').innerText()).toBe('4.0');
    await row.getByRole('button', { name: '1 comment' }).click();
    await expect.poll(() => row.getByText(opinion).count()).toBe(1);
  });
});
