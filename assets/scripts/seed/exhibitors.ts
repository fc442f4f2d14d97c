/**
 * Exhibitors: businesses (e001…), then one education authority per region, then educational
 * organisations. Besides the records, it returns each exhibitor's staff kind, which decides
 * the positions of the speakers who work there.
 */
import type { Exhibitor } from '@salon/shared';
import { pickStandColors } from './colors.ts';
import { BUSINESSES } from './tables/businesses.ts';
import {
  AUTHORITY_FOCUS,
  BUSINESS_CLOSINGS,
  INSTITUTION_CLOSINGS,
} from './tables/exhibitorTexts.ts';
import { INSTITUTIONS, type InstitutionKind } from './tables/institutions.ts';
import { REGION_FACTS, regionFacts } from './tables/regions.ts';
import { TOPIC_CODES, type TopicCode } from './dictionaries.ts';
import { createRandom, type Random } from './random.ts';
import { seedId } from './seedId.ts';

export type StaffKind = 'business' | 'authority' | InstitutionKind;

export interface SeedExhibitor {
  readonly exhibitor: Exhibitor;
  readonly staff: StaffKind;
  /** The exhibitor's topic codes, typed; the first one decides its alley. */
  readonly topics: readonly TopicCode[];
}

type Fields = Omit<Exhibitor, 'id' | 'colors' | 'topicCodes'> & { topicCodes: TopicCode[] };

/** A Russian phone number in the region's area code: +7 (843) 123-45-67, +7 (4852) 12-34-56. */
function phoneNumber(random: Random, areaCode: string): string {
  const digits =
    String(random.int(1, 9)) +
    Array.from({ length: 9 - areaCode.length }, () => random.int(0, 9)).join('');
  const tail = `${digits.slice(-4, -2)}-${digits.slice(-2)}`;
  return `+7 (${areaCode}) ${digits.slice(0, -4)}-${tail}`;
}

function businessRegion(random: Random): string {
  const roll = random.next();
  if (roll < 0.45) return 'moscow';
  if (roll < 0.6) return 'saint-petersburg';
  return random.pick(REGION_FACTS).code;
}

export function buildExhibitors(): SeedExhibitor[] {
  const random = createRandom('exhibitors');
  const result: SeedExhibitor[] = [];
  const add = (staff: StaffKind, fields: Fields): void => {
    const id = seedId('e', result.length + 1);
    const exhibitor = {
      id,
      ...fields,
      topicCodes: [...fields.topicCodes],
      colors: pickStandColors(random),
    };
    result.push({ staff, topics: fields.topicCodes, exhibitor });
  };

  for (const business of BUSINESSES) {
    const regionCode = businessRegion(random);
    const [closingRu, closingEn] = random.pick(BUSINESS_CLOSINGS);
    add('business', {
      kind: 'business',
      name: { ru: business.ru, en: business.en },
      description: {
        ru: `${business.ru} — ${business.what.ru}. ${closingRu}`,
        en: `${business.en} ${business.what.en}. ${closingEn}`,
      },
      regionCode,
      topicCodes: [...business.topics],
      contacts: {
        website: `https://${business.slug}.example`,
        email: `${random.pick(['info', 'hello', 'sales'])}@${business.slug}.example`,
        phone: random.chance(0.85) ? phoneNumber(random, regionFacts(regionCode).areaCode) : null,
      },
    });
  }

  REGION_FACTS.forEach((region, index) => {
    const first = TOPIC_CODES[index % TOPIC_CODES.length] ?? 'school';
    const second = random.pick(TOPIC_CODES.filter((code) => code !== first));
    const [focusRu, focusEn] = AUTHORITY_FOCUS[first];
    add('authority', {
      kind: 'regionalSystem',
      name: { ...region.authority },
      description: {
        ru: `${region.authority.ru} рассказывает о развитии образования в регионе. В фокусе — ${focusRu}.`,
        en: `The ${region.authority.en} presents how education is developing in the region, with a focus on ${focusEn}.`,
      },
      regionCode: region.code,
      topicCodes: [first, second],
      contacts: {
        website: `https://edu-${region.code}.example`,
        email: `info@edu-${region.code}.example`,
        phone: phoneNumber(random, region.areaCode),
      },
    });
  });

  for (const institution of INSTITUTIONS) {
    const [closingRu, closingEn] = INSTITUTION_CLOSINGS[institution.kind];
    add(institution.kind, {
      kind: 'institution',
      name: { ru: institution.ru, en: institution.en },
      description: {
        ru: `${institution.about.ru} ${closingRu}`,
        en: `${institution.about.en} ${closingEn}`,
      },
      regionCode: institution.regionCode,
      topicCodes: [...institution.topics],
      contacts: {
        website: `https://${institution.slug}.example`,
        email: `${institution.kind === 'college' || institution.kind === 'university' ? 'priem' : 'info'}@${institution.slug}.example`,
        phone: random.chance(0.9)
          ? phoneNumber(random, regionFacts(institution.regionCode).areaCode)
          : null,
      },
    });
  }
  return result;
}
