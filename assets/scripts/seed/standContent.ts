/**
 * Each stand's content: two to four products and services that fit the exhibitor's kind and
 * topics, one to four materials (a brochure always, maybe a second one, an infographic and a
 * link to its website), and the demo video presentation that suits it best. Media are the
 * generated files of `scripts/media/catalogue.ts`.
 */
import type { Exhibitor, LocalizedText, Product } from '@salon/shared';
import type { SeedMaterial, SeedVideo, StandContent } from '../../seed/standContentSchema.ts';
import {
  BROCHURES,
  INFOGRAPHICS,
  VIDEOS,
  brochureFile,
  infographicFile,
  videoFiles,
} from '../media/catalogue.ts';
import type { SeedExhibitor } from './exhibitors.ts';
import { createRandom, type Random } from './random.ts';
import {
  AUTHORITY_PRODUCTS,
  BUSINESS_PRODUCTS,
  INSTITUTION_PRODUCTS,
} from './tables/kindProducts.ts';
import { STAND_LINKS } from './tables/standLinks.ts';
import { TOPIC_PRODUCTS, type ProductRow } from './tables/topicProducts.ts';

type Pair = readonly [string, string];
type ProductInput = Omit<Product, 'id'>;

const text = ([ru, en]: Pair): LocalizedText => ({ ru, en });

function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`No media item ${String(index)}`);
  return item;
}

interface Suitable {
  readonly kinds: readonly string[];
  readonly topics: readonly string[];
}

/** Indexes of the items made for this exhibitor's kind or any of its topics; all if none. */
function suitable(items: readonly Suitable[], exhibitor: Exhibitor): number[] {
  const fits = items.flatMap((item, index) =>
    item.kinds.includes(exhibitor.kind) ||
    item.topics.some((topic) => exhibitor.topicCodes.includes(topic))
      ? [index]
      : [],
  );
  return fits.length > 0 ? fits : items.map((_, index) => index);
}

function product(row: ProductRow, exhibitor: Exhibitor): ProductInput {
  const [nameRu, nameEn, aboutRu, aboutEn] = row;
  const named = (about: string) =>
    about.replaceAll('{ru}', exhibitor.name.ru).replaceAll('{en}', exhibitor.name.en);
  return {
    name: { ru: nameRu, en: nameEn },
    description: { ru: named(aboutRu), en: named(aboutEn) },
  };
}

function products(random: Random, { exhibitor, staff, topics }: SeedExhibitor): ProductInput[] {
  const ownKind =
    staff === 'business'
      ? BUSINESS_PRODUCTS
      : staff === 'authority'
        ? AUTHORITY_PRODUCTS
        : INSTITUTION_PRODUCTS[staff];
  const byTopic = random.shuffle(topics.flatMap((topic) => TOPIC_PRODUCTS[topic]));
  const rows = [random.pick(ownKind), ...byTopic].slice(0, random.int(2, 4));
  return rows.map((row) => product(row, exhibitor));
}

function materials(random: Random, exhibitor: Exhibitor): SeedMaterial[] {
  const brochures = random.shuffle(suitable(BROCHURES, exhibitor));
  const chosen = brochures.slice(0, brochures.length > 1 && random.chance(0.3) ? 2 : 1);
  const result: SeedMaterial[] = chosen.map((index) => ({
    kind: 'pdf',
    title: text(itemAt(BROCHURES, index).title),
    path: brochureFile(index),
    contentType: 'application/pdf',
  }));
  if (random.chance(0.5)) {
    const index = random.int(0, INFOGRAPHICS.length - 1);
    const [ru, en] = itemAt(INFOGRAPHICS, index).title;
    result.push({
      kind: 'image',
      title: { ru: `Инфографика: ${ru}`, en: `Infographic: ${en}` },
      path: infographicFile(index),
      contentType: 'image/png',
    });
  }
  const website = exhibitor.contacts.website;
  if (website && random.chance(0.7)) {
    const [ru, en, page] = random.pick(STAND_LINKS[exhibitor.kind]);
    result.push({ kind: 'link', title: { ru, en }, url: `${website}/${page}` });
  }
  return result;
}

function video(random: Random, exhibitor: Exhibitor): SeedVideo {
  const candidates = suitable(VIDEOS, exhibitor);
  // A video made for the exhibitor's kind is four times as likely as one that shares a topic.
  const weighted = candidates.flatMap((index) =>
    itemAt(VIDEOS, index).kinds.includes(exhibitor.kind) ? [index, index, index, index] : [index],
  );
  const facts = itemAt(VIDEOS, random.pick(weighted));
  const files = videoFiles(facts);
  return {
    title: text(facts.title),
    sources: [
      { path: files.webm, type: 'video/webm' },
      { path: files.mp4, type: 'video/mp4' },
    ],
    posterPath: files.poster,
    captions: [
      { path: files.captions.ru, language: 'ru' },
      { path: files.captions.en, language: 'en' },
    ],
  };
}

export function buildStandContent(seedExhibitors: readonly SeedExhibitor[]): StandContent[] {
  return seedExhibitors.map((seed) => {
    // One stream per exhibitor, so that adding an exhibitor leaves the others' stands alone.
    const random = createRandom(`standContent:${seed.exhibitor.id}`);
    return {
      exhibitorId: seed.exhibitor.id,
      products: products(random, seed),
      materials: materials(random, seed.exhibitor),
      video: video(random, seed.exhibitor),
    };
  });
}
