/**
 * MIEF University: professional-development programmes, six per competency, taken in turns so
 * that neighbouring ids differ in theme. Providers are the fair's teacher-training universities
 * and teacher-development institutes, or one of a few invented national providers.
 */
import { PROGRAM_HOURS, type Program } from '@salon/shared';
import { COMPETENCY_CODES, competencyName, type CompetencyCode } from './dictionaries.ts';
import { PROGRAM_TITLES } from './tables/programTitles.ts';
import type { SeedExhibitor } from './exhibitors.ts';
import { createRandom } from './random.ts';
import { seedId } from './seedId.ts';

type Pair = readonly [string, string];

const NATIONAL_PROVIDERS: readonly Pair[] = [
  ['Институт современного образования', 'Institute of Modern Education'],
  ['Центр педагогических инноваций', 'Centre for Teaching Innovation'],
  ['Школа педагогического дизайна', 'School of Learning Design'],
];

// prettier-ignore
const OPENINGS: readonly Pair[] = [
  ['Программа повышения квалификации для учителей и руководителей школ: теория, разбор кейсов и итоговый проект.', 'A professional development programme for teachers and school leaders: theory, case studies and a final project.'],
  ['Практико-ориентированный курс: каждое занятие заканчивается заданием, которое можно сразу применить в классе.', 'A practical course: every session ends with a task you can use in class straight away.'],
  ['Программа для педагогов, которые хотят обновить свою практику и обменяться опытом с коллегами из других регионов.', 'A programme for teachers who want to refresh their practice and share experience with colleagues from other regions.'],
  ['Курс с наставником: слушатели разрабатывают собственные материалы и получают обратную связь экспертов.', 'A mentored course: participants create their own materials and get feedback from experts.'],
];

const FORMAT_TEXT = {
  online: ['онлайн', 'online'],
  blended: [
    'смешанный: онлайн-занятия и очные практикумы',
    'blended: online sessions and in-person workshops',
  ],
} as const satisfies Record<Program['format'], Pair>;

/** "16 академических часов", "72 академических часа": Russian agrees the noun with the number. */
export function academicHours(hours: number): string {
  const lastTwo = hours % 100;
  const last = hours % 10;
  const few = last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14);
  const one = last === 1 && lastTwo !== 11;
  return `${hours} ${one ? 'академический час' : few ? 'академических часа' : 'академических часов'}`;
}

function parseCompetencyCodes(text: string): CompetencyCode[] {
  return text
    .split(' ')
    .filter((code) => code !== '')
    .map((code) => {
      const known = COMPETENCY_CODES.find((candidate) => candidate === code);
      if (!known) throw new Error(`Unknown competency code ${code}`);
      return known;
    });
}

export function buildPrograms(exhibitors: readonly SeedExhibitor[]): Program[] {
  const random = createRandom('university');
  const providers: Pair[] = [
    ...exhibitors
      .filter(
        ({ staff, topics }) =>
          staff === 'institute' || (staff === 'university' && topics.includes('teacher')),
      )
      .map(({ exhibitor }): Pair => [exhibitor.name.ru, exhibitor.name.en]),
    ...NATIONAL_PROVIDERS,
  ];
  const rounds = Math.max(...COMPETENCY_CODES.map((code) => PROGRAM_TITLES[code].length));
  const programs: Program[] = [];
  for (let round = 0; round < rounds; round += 1) {
    for (const code of COMPETENCY_CODES) {
      const row = PROGRAM_TITLES[code][round];
      if (!row) continue;
      const [titleRu, titleEn, others] = row;
      const hours = random.pick(PROGRAM_HOURS);
      const format = random.chance(0.6) ? 'online' : 'blended';
      const [openingRu, openingEn] = random.pick(OPENINGS);
      const competency = competencyName(code);
      const [provider, providerEn] = random.pick(providers);
      programs.push({
        id: seedId('pr', programs.length + 1),
        title: { ru: titleRu, en: titleEn },
        description: {
          ru: `${openingRu} Развивает компетенцию «${competency.ru}». Объём — ${academicHours(hours)}, формат — ${FORMAT_TEXT[format][0]}.`,
          en: `${openingEn} Develops the competency “${competency.en}”. ${hours} academic hours, ${FORMAT_TEXT[format][1]}.`,
        },
        hours,
        format,
        provider: { ru: provider, en: providerEn },
        competencyCodes: [code, ...parseCompetencyCodes(others)],
      });
    }
  }
  return programs;
}
