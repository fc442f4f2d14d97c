/**
 * One full forum event through the real interface, with the real stack and a real
 * livekit-server, in five browser contexts (Chromium's fake camera and microphone): the producer,
 * the moderator and a speaker of ev001 open /studio/ev001, a registered viewer watches the real
 * player at /forum/ev001, and the event's chat expert moderates its chat there.
 *
 * The speaker waits backstage with their camera on and uploads a three-page PDF (red, blue,
 * green pages); a cue reaches them. The producer goes live: the viewer's player decodes the
 * program, which shows the moderator alone, and the viewer's browser receives one video and one
 * audio stream, never the backstage speaker's. On air beside the moderator, the speaker's
 * picture joins the viewer's frames; beside their slides, the viewer sees the red page, then the
 * blue one when the producer advances. The viewer's question waits for the expert, who approves
 * it and marks it answered. The producer ends the event; within a minute the viewer's page
 * offers the recording the studio made, which plays, with a chapter for the speaker.
 *
 * The viewer's pictures are read from the player's <video> (pixels at the places the program
 * layouts give each part) and what it receives from its peer connections' statistics; the
 * studio through its probe, window.__salonStudio. Takes ev001 live and ends it for good: the
 * stack's database is fresh for each run.
 */
import { RecordingSchema } from '@salon/shared';
import type { Locator, Page } from 'playwright-core';
import { expect, inject, it } from 'vitest';
import type { StudioProbe } from '../src/features/studio/studioProbe.ts';
import { appUrl, describeInBrowser, openPage } from './browser.ts';
import {
  BLUE,
  GREEN,
  RED,
  colouredPdf,
  isBackground,
  isBlue,
  isCamera,
  isRed,
  openStudio,
  programPicture,
  receivedMedia,
  sentVideoLayers,
  watchPeerConnections,
  type ProgramPicture,
} from './forumEvent.ts';
import { signIn } from './standVisit.ts';

const EVENT = 'ev001';
const MODERATOR_ID = 'sp216';
const SPEAKER = { id: 'sp281', name: 'Svetlana Nikolaevna Ostrovskaya' };
const PRODUCER = 'producer@salon.example';
const MODERATOR = 'speaker.sp216@salon.example';
const SPEAKER_EMAIL = 'speaker.sp281@salon.example';
const EXPERT = 'chat.expert@salon.example';
// Generous waits, polled gently: five Chromium contexts and the stack share two cores.
const UI_POLL = { timeout: 45_000, interval: 250 };
const MEDIA_POLL = { timeout: 90_000, interval: 500 };
/** The promise: the recording is there within a minute of the end. */
const RECORDING_POLL = { timeout: 60_000, interval: 500 };
const FLAGS = [
  '--use-fake-ui-for-media-stream',
  '--use-fake-device-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
];

async function registerViewer(): Promise<{ email: string; password: string }> {
  const account = {
    email: `viewer.${String(Date.now())}@school.example`,
    password: 'a long enough passphrase',
    displayName: 'Ирина Зрителева',
  };
  const response = await fetch(new URL('/api/accounts', inject('apiUrl')), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (!response.ok) throw new Error(`/api/accounts: ${response.status}`);
  return account;
}

/** Opens the event's page and waits for its chat to connect. */
async function openEvent(page: Page): Promise<Locator> {
  await page.goto(appUrl(`/forum/${EVENT}`));
  const chat = page.getByTestId('event-chat');
  await expect.poll(() => chat.getByText('Connected', { exact: true }).count(), UI_POLL).toBe(1);
  return chat;
}

const probe = <T>(page: Page, read: () => T) => page.evaluate(read);

/** Waits until the viewer's player has decoded `more` frames past `after` and shows `shows`. */
async function viewerSees(
  page: Page,
  after: number,
  shows: (picture: ProgramPicture) => boolean,
  more = 10,
): Promise<ProgramPicture> {
  const seen: { picture: ProgramPicture | null } = { picture: null };
  await expect
    .poll(async () => {
      seen.picture = await programPicture(page);
      return seen.picture;
    }, MEDIA_POLL)
    .toSatisfy(
      (picture: ProgramPicture | null) =>
        picture !== null && picture.frames > after + more && shows(picture),
    );
  if (!seen.picture) throw new Error('The poll passed without a picture');
  return seen.picture;
}

/** One camera filling the frame: the moderator alone. */
const moderatorAlone = ({ colours }: ProgramPicture) =>
  isCamera(colours.top) && isCamera(colours.left) && isCamera(colours.right);
/** Two cameras side by side on the background: the moderator and the speaker. */
const moderatorAndSpeaker = ({ colours }: ProgramPicture) =>
  isBackground(colours.top) && isCamera(colours.left) && isCamera(colours.right);
/** The speaker's camera beside a slide of the given colour. */
const speakerAndSlide =
  (isSlide: (colour: ProgramPicture['colours']['slide']) => boolean) =>
  ({ colours }: ProgramPicture) =>
    isBackground(colours.top) && isCamera(colours.aside) && isSlide(colours.slide);

describeInBrowser(
  'one forum event: studio, program, moderated chat and recording',
  (browser) => {
    it.skipIf(!inject('livekitUrl'))(
      'backstage, on air with slides, a moderated question, then the recording, as a viewer sees them',
      async () => {
        const started = Date.now();
        // The speaker waits backstage, camera on, and uploads their slides.
        const speaker = await openStudio(browser(), EVENT, SPEAKER_EMAIL);
        await speaker.page.getByTestId('studio-enter').click();
        await speaker.page.getByTestId('studio-slides-input').setInputFiles({
          name: 'slides.pdf',
          mimeType: 'application/pdf',
          buffer: colouredPdf([RED, BLUE, GREEN]),
        });
        await expect
          .poll(
            () => speaker.page.getByTestId('studio-slides-deck').getAttribute('data-pages'),
            UI_POLL,
          )
          .toBe('3');
        const selfStatus = speaker.page.getByTestId('studio-self-status');
        expect(await selfStatus.getAttribute('data-on-air')).toBe('false');

        const moderator = await openStudio(browser(), EVENT, MODERATOR);
        await moderator.page.getByTestId('studio-enter').click();

        // The producer sees both connected in the rundown; the program shows the moderator.
        const producer = await openStudio(browser(), EVENT, PRODUCER);
        const studio = producer.page;
        const row = (speakerId: string) =>
          studio.locator(`[data-testid="studio-rundown-row"][data-speaker="${speakerId}"]`);
        for (const speakerId of [SPEAKER.id, MODERATOR_ID]) {
          await expect
            .poll(() => row(speakerId).getAttribute('data-connected'), MEDIA_POLL)
            .toBe('true');
        }
        await expect
          .poll(() => probe(studio, () => window.__salonStudio?.publishing()), MEDIA_POLL)
          .toBe('publishing');
        const drawn = () => probe(studio, () => window.__salonStudio?.onAir()?.drawn);
        await expect.poll(drawn, MEDIA_POLL).toEqual(['video:moderator']);

        // A cue reaches the speaker, prominently.
        await studio.getByTestId('studio-cue-to').selectOption(SPEAKER.id);
        await studio.getByTestId('studio-cue-kind').selectOption('onAirIn10s');
        await studio.getByTestId('studio-cue-send').click();
        await expect
          .poll(() => speaker.page.getByTestId('studio-cue').getAttribute('data-kind'), UI_POLL)
          .toBe('onAirIn10s');

        // The viewer opens the player before the start; the expert opens the same page.
        const account = await registerViewer();
        const viewer = await openPage(browser(), '/', 'en');
        await watchPeerConnections(viewer.page.context());
        await signIn(viewer.page, account.email, account.password);
        const viewerChat = await openEvent(viewer.page);
        expect(await viewer.page.getByTestId('event-phase').innerText()).toBe('Coming up');
        const expert = await openPage(browser(), '/', 'en');
        await signIn(expert.page, EXPERT);
        const expertChat = await openEvent(expert.page);

        // Live, with the speaker still backstage: the viewer's player decodes the moderator
        // alone, and their browser receives the program's one video and one audio, nothing else.
        const layout = (name: string) => studio.getByLabel(name, { exact: true });
        await layout('Moderator and speaker').click();
        await expect.poll(() => layout('Moderator and speaker').isChecked(), UI_POLL).toBe(true);
        await studio.getByTestId('studio-go-live').click();
        await expect
          .poll(() => studio.getByTestId('studio').getAttribute('data-status'), UI_POLL)
          .toBe('live');
        await expect
          .poll(() => viewer.page.getByTestId('event-phase').innerText(), UI_POLL)
          .toBe('Live');
        let seen = await viewerSees(viewer.page, 0, moderatorAlone);
        expect(await selfStatus.getAttribute('data-on-air')).toBe('false');
        expect(await row(SPEAKER.id).getAttribute('data-connected')).toBe('true');
        expect(await receivedMedia(viewer.page)).toEqual({ audio: 1, video: 1 });
        // The program goes out in three layers (180p, 360p, 720p) for small and large screens.
        expect(await sentVideoLayers(studio)).toEqual([3]);

        // On air: the speaker's picture joins the moderator's in the viewer's frames.
        await row(SPEAKER.id).getByTestId('studio-put-on-air').click();
        await expect.poll(() => selfStatus.getAttribute('data-on-air'), UI_POLL).toBe('true');
        await expect.poll(drawn, MEDIA_POLL).toEqual(['video:moderator', 'video:speaker']);
        seen = await viewerSees(viewer.page, seen.frames, moderatorAndSpeaker);

        // Beside the slides: the red page, then, after "next", the blue one, on the producer's
        // program and in the viewer's frames.
        await layout('Speaker and slides').click();
        await expect.poll(() => layout('Speaker and slides').isChecked(), UI_POLL).toBe(true);
        await expect.poll(drawn, MEDIA_POLL).toEqual(['video:speaker', 'slide']);
        const slideColour = () =>
          probe(studio, () => window.__salonStudio?.programColour('slide') ?? null);
        await expect.poll(slideColour, UI_POLL).toSatisfy(isRed);
        seen = await viewerSees(viewer.page, seen.frames, speakerAndSlide(isRed));
        await studio.getByTestId('studio-slide-next').click();
        await expect
          .poll(() => studio.getByTestId('studio-slide-page').innerText(), UI_POLL)
          .toBe('Slide 2 of 3');
        await expect.poll(slideColour, UI_POLL).toSatisfy(isBlue);
        await viewerSees(viewer.page, seen.frames, speakerAndSlide(isBlue));
        expect(await receivedMedia(viewer.page)).toEqual({ audio: 1, video: 1 });

        // The viewer's question waits for the expert, who approves it; marked answered while
        // live, it says so in the viewer's chat.
        const question = 'Which of these ideas can a small rural school start with?';
        await viewerChat.getByRole('textbox', { name: 'Your question' }).fill(question);
        await viewerChat.getByRole('button', { name: 'Ask' }).click();
        const mine = viewerChat.getByTestId('event-chat-item').filter({ hasText: question });
        await expect.poll(() => mine.getAttribute('data-state'), UI_POLL).toBe('pending');
        const waiting = expertChat
          .getByTestId('event-chat-pending')
          .getByTestId('event-chat-item')
          .filter({ hasText: question });
        await expect.poll(() => waiting.count(), UI_POLL).toBe(1);
        await waiting.getByRole('button', { name: 'Approve' }).click();
        const approved = viewerChat
          .getByTestId('event-chat-questions')
          .getByTestId('event-chat-item')
          .filter({ hasText: question });
        await expect.poll(() => approved.getAttribute('data-state'), UI_POLL).toBe('approved');
        const expertQuestion = expertChat
          .getByTestId('event-chat-questions')
          .getByTestId('event-chat-item')
          .filter({ hasText: question });
        await expertQuestion.getByRole('button', { name: 'Mark answered' }).click();
        await expect.poll(() => approved.getAttribute('data-state'), UI_POLL).toBe('answered');
        expect(await approved.getByText(/Answered on air at \d+:\d\d/).count()).toBe(1);

        // The studio records while live; the producer ends the event.
        await expect
          .poll(() => probe(studio, () => window.__salonStudio?.recording() ?? null), UI_POLL)
          .toSatisfy(
            (recording: ReturnType<StudioProbe['recording']>) =>
              recording !== null && recording.chunks > 0,
          );
        await studio.getByTestId('studio-end').click();
        await studio.getByTestId('studio-confirm-end').click();
        const ended = Date.now();

        // Within a minute the viewer's page offers the studio's recording, and it plays.
        const recording = viewer.page.getByTestId('event-recording');
        await expect.poll(() => recording.count(), RECORDING_POLL).toBe(1);
        const readyAfter = Date.now() - ended;
        expect(await viewer.page.getByTestId('event-phase').innerText()).toBe('Ended');
        const chapter = recording.getByRole('button', { name: new RegExp(SPEAKER.name) });
        expect(await chapter.count()).toBe(1);
        const video = recording.locator('video');
        await video.evaluate((element: HTMLVideoElement) => element.play());
        await expect
          .poll(() => video.evaluate((element: HTMLVideoElement) => element.currentTime), UI_POLL)
          .toBeGreaterThan(1);
        expect(await approved.getByRole('button', { name: /Watch the answer/ }).count()).toBe(1);

        // It is the studio's recording: the api has it with the speaker's chapter.
        const made = RecordingSchema.parse(
          await (await fetch(new URL(`/api/events/${EVENT}/recording`, inject('apiUrl')))).json(),
        );
        expect(made.status).toBe('ready');
        expect(made.sizeBytes).toBeGreaterThan(0);
        expect(made.chapters.map((each) => each.speaker.id)).toContain(SPEAKER.id);
        await expect
          .poll(() => probe(studio, () => window.__salonStudio?.recording()?.phase), MEDIA_POLL)
          .toBe('ready');
        await expect
          .poll(() => studio.getByTestId('studio-recording').getAttribute('data-status'), UI_POLL)
          .toBe('ready');
        await expect.poll(() => speaker.page.getByTestId('studio-ended').count(), UI_POLL).toBe(1);

        for (const opened of [producer, moderator, speaker, viewer, expert]) {
          expect(opened.errors).toEqual([]);
          await opened.page.context().close();
        }
        console.info(
          `forum event: recording offered ${String(readyAfter)} ms after the end, ` +
            `whole event ${String(Math.round((Date.now() - started) / 1000))} s`,
        );
      },
      480_000,
    );
  },
  FLAGS,
);
