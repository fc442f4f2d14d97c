/**
 * Who may run each studio action and get each LiveKit token of a forum event (reading the
 * studio and its stream, going live, on air, layout, slides, cues, ending, the recording),
 * through the shared permission matrix (`permissionMatrix.ts`).
 */
import { readFileSync } from 'node:fs';
import { resolveAssetPath } from '@salon/assets/media';
import { multipart } from '../../../test/actors.ts';
import { FORUM_ACTOR_KEYS, type ForumActors } from '../../../test/forumActors.ts';
import { STAFF, STUDIO, json, usePermissionMatrix, type Attempt } from './permissionMatrix.ts';

const { call, expectOk, goLive, describeMatrix } = usePermissionMatrix();

const SLIDES_PDF = new Uint8Array(readFileSync(resolveAssetPath('materials/brochure-1.pdf')));
const WEBM = new Uint8Array(readFileSync(resolveAssetPath('videos/presentation-1.webm')));

const onAir = (people: ForumActors) =>
  call('PUT', `/api/events/${people.eventId}/studio/on-air`, people.producer, {
    payload: { speakerId: people.speakerId },
  }).then(expectOk);
const slidesBody = () =>
  multipart({}, { name: 'slides.pdf', type: 'application/pdf', bytes: SLIDES_PDF });
const webmBody = () =>
  Promise.resolve({
    payload: Buffer.from(WEBM),
    headers: { 'content-type': 'application/octet-stream' },
  });

const ATTEMPTS: Record<string, Attempt> = {
  'read the studio state': { method: 'GET', url: '/api/events/{e}/studio', allowed: STAFF },
  'follow the studio stream': {
    method: 'GET',
    url: '/api/events/{e}/studio/events',
    allowed: STUDIO,
    stream: true,
  },
  'list the slides': { method: 'GET', url: '/api/events/{e}/slides', allowed: STAFF },
  'get a studio token': { method: 'POST', url: '/api/events/{e}/studio-token', allowed: STUDIO },
  'get a program token': {
    method: 'POST',
    url: '/api/events/{e}/program-token',
    allowed: FORUM_ACTOR_KEYS,
    setup: goLive,
  },
  'go live': { method: 'POST', url: '/api/events/{e}/studio/live', allowed: ['producer'] },
  'put a speaker on air': {
    method: 'PUT',
    url: '/api/events/{e}/studio/on-air',
    body: (people) => json({ speakerId: people.speakerId, mode: 'audioOnly' })(),
    allowed: ['producer'],
  },
  'take the speaker off air': {
    method: 'DELETE',
    url: '/api/events/{e}/studio/on-air',
    allowed: ['producer'],
    setup: onAir,
  },
  'switch the layout': {
    method: 'PUT',
    url: '/api/events/{e}/studio/layout',
    body: json({ layout: 'speakerAndSlides' }),
    allowed: ['producer'],
  },
  'advance the slide': {
    method: 'PUT',
    url: '/api/events/{e}/studio/slide',
    body: json({ index: 1 }),
    allowed: ['producer'],
    setup: async (people) => {
      const body = await slidesBody();
      await call(
        'PUT',
        `/api/events/${people.eventId}/slides/${people.speakerId}`,
        people.speaker,
        body,
      ).then(expectOk);
      await onAir(people);
    },
  },
  'send a cue': {
    method: 'POST',
    url: '/api/events/{e}/studio/cue',
    body: (people) => json({ speakerId: people.speakerId, kind: 'onAirIn10s' })(),
    allowed: ['producer'],
  },
  'end the event': {
    method: 'POST',
    url: '/api/events/{e}/studio/end',
    allowed: ['producer'],
    setup: goLive,
  },
  'upload their own slides': {
    method: 'PUT',
    url: '/api/events/{e}/slides/{speaker}',
    body: slidesBody,
    allowed: ['speaker', 'producer'],
  },
  "upload another speaker's slides": {
    method: 'PUT',
    url: '/api/events/{e}/slides/{other}',
    body: slidesBody,
    allowed: ['producer'],
  },
  'upload a recording chunk': {
    method: 'POST',
    url: '/api/events/{e}/recording/chunks?seq=0',
    body: webmBody,
    allowed: ['producer'],
  },
  'finish the recording': {
    method: 'POST',
    url: '/api/events/{e}/recording/finish',
    allowed: ['producer'],
    setup: async (people) => {
      const body = await webmBody();
      await call(
        'POST',
        `/api/events/${people.eventId}/recording/chunks?seq=0`,
        people.producer,
        body,
      ).then(expectOk);
    },
  },
};

describeMatrix(ATTEMPTS);
