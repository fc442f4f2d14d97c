/**
 * The stands' content and the demo accounts in the committed seed: every exhibitor has a stand
 * worth visiting, every media file it names is on disk, and the accounts can sign in.
 */
import { existsSync, statSync } from 'node:fs';
import { PasswordSchema } from '@salon/shared';
import { describe, expect, it } from 'vitest';
import { resolveAssetPath } from '../media.ts';
import { DEMO_ACCOUNT_PASSWORD } from './accountSchema.ts';
import { loadDemoFair } from './index.ts';
import type { StandContent } from './standContentSchema.ts';

const fair = loadDemoFair();

function mediaPaths(content: StandContent): string[] {
  const files = content.materials.flatMap((material) =>
    material.kind === 'link' ? [] : [material.path],
  );
  const video = content.video;
  if (!video) return files;
  return [
    ...files,
    ...video.sources.map((source) => source.path),
    video.posterPath,
    ...video.captions.map((track) => track.path),
  ];
}

describe('stand content', () => {
  it('exists once for every exhibitor, in exhibitor order', () => {
    expect(fair.standContent.map((content) => content.exhibitorId)).toEqual(
      fair.exhibitors.map((exhibitor) => exhibitor.id),
    );
  });

  it('gives every stand two to four products, one to four materials and a video', () => {
    const thin = fair.standContent.filter(
      (content) =>
        content.products.length < 2 ||
        content.products.length > 4 ||
        content.materials.length < 1 ||
        content.materials.length > 4 ||
        content.video === null,
    );
    expect(thin.map((content) => content.exhibitorId)).toEqual([]);
  });

  it('names products and materials in Russian and English, never the same words twice', () => {
    const texts = fair.standContent.flatMap((content) => [
      ...content.products.flatMap((product) => [product.name, product.description]),
      ...content.materials.map((material) => material.title),
    ]);
    const untranslated = texts.filter((text) => !/[а-яё]/i.test(text.ru) || text.ru === text.en);
    expect(untranslated).toEqual([]);
    const repeated = fair.standContent.filter(
      (content) =>
        new Set(content.products.map((product) => product.name.ru)).size !==
          content.products.length ||
        new Set(content.materials.map((material) => material.title.ru)).size !==
          content.materials.length,
    );
    expect(repeated.map((content) => content.exhibitorId)).toEqual([]);
  });

  it('refers only to media files that exist on disk and are not empty', () => {
    const missing = fair.standContent.flatMap((content) =>
      mediaPaths(content).filter((path) => {
        const absolute = resolveAssetPath(path);
        return !existsSync(absolute) || statSync(absolute).size === 0;
      }),
    );
    expect([...new Set(missing)]).toEqual([]);
  });

  it('offers WebM before MP4, with a poster and captions in both languages', () => {
    const odd = fair.standContent.filter(
      ({ video }) =>
        video?.sources.map((source) => source.type).join() !== 'video/webm,video/mp4' ||
        video.captions.map((track) => track.language).join() !== 'ru,en',
    );
    expect(odd.map((content) => content.exhibitorId)).toEqual([]);
  });

  it('links only to the exhibitor’s own example website', () => {
    const websites = new Map(fair.exhibitors.map((e) => [e.id, e.contacts.website]));
    const foreign = fair.standContent.flatMap((content) =>
      content.materials.flatMap((material) =>
        material.kind === 'link' &&
        !material.url.startsWith(`${websites.get(content.exhibitorId) ?? '-'}/`)
          ? [`${content.exhibitorId}: ${material.url}`]
          : [],
      ),
    );
    expect(foreign).toEqual([]);
  });

  it('uses every demo video and every generated material somewhere', () => {
    const used = new Set(fair.standContent.flatMap(mediaPaths));
    const videos = [...used].filter((path) => path.endsWith('.webm'));
    const materials = [...used].filter((path) => path.startsWith('materials/'));
    expect(videos).toHaveLength(6);
    expect(materials).toHaveLength(10);
  });
});

describe('demo accounts', () => {
  it('have distinct emails at salon.example', () => {
    const emails = fair.accounts.map((account) => account.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails.filter((email) => !email.endsWith('@salon.example'))).toEqual([]);
  });

  it('include one organiser and staff of about ten exhibitors, e001 and e071 among them', () => {
    expect(fair.accounts.filter((account) => account.role === 'organiser')).toEqual([
      expect.objectContaining({ email: 'organiser@salon.example', exhibitorId: null }),
    ]);
    const staffed = fair.accounts.flatMap((account) =>
      account.role === 'exhibitor' && account.exhibitorId ? [account.exhibitorId] : [],
    );
    expect(staffed.length).toBeGreaterThanOrEqual(8);
    expect(staffed).toEqual(expect.arrayContaining(['e001', 'e071']));
    expect(fair.accounts.find((a) => a.exhibitorId === 'e001')?.email).toBe(
      'staff.e001@salon.example',
    );
  });

  it('give each staff account an exhibitor that exists and a Russian display name', () => {
    const exhibitors = new Set(fair.exhibitors.map((exhibitor) => exhibitor.id));
    const wrong = fair.accounts.filter(
      (account) =>
        (account.exhibitorId !== null && !exhibitors.has(account.exhibitorId)) ||
        !/^[А-ЯЁ][а-яё]+ [А-ЯЁа-яё]+$/.test(account.displayName),
    );
    expect(wrong.map((account) => account.email)).toEqual([]);
  });

  it('staff the first two events: a producer, a chat expert, and accounts of their moderators and speakers', () => {
    for (const event of fair.events.slice(0, 2)) {
      const assigned = fair.accounts.flatMap((account) =>
        account.assignedEvents
          .filter(({ eventId }) => eventId === event.id)
          .map(({ role }) => `${role}:${account.role}`),
      );
      expect(assigned.sort()).toEqual(['chatExpert:chatExpert', 'producer:producer']);
      const linked = fair.accounts.flatMap((account) =>
        account.speakerId ? [account.speakerId] : [],
      );
      expect(linked).toEqual(expect.arrayContaining([event.moderatorId, ...event.speakerIds]));
    }
  });

  it('share a demo password that the sign-up rules accept', () => {
    expect(PasswordSchema.safeParse(DEMO_ACCOUNT_PASSWORD).success).toBe(true);
    expect(DEMO_ACCOUNT_PASSWORD).toBe('salon-demo-2027');
  });
});
