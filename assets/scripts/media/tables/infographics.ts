/**
 * The four demo infographics handed out as image materials, every text as [Russian, English].
 * Figures come from the demo fair (README.md) and the fair's facts, not from real statistics.
 */

type Pair = readonly [string, string];

export interface InfographicItem {
  readonly label: Pair;
  /** The length of its bar; tiles ignore it. */
  readonly value: number;
  /** What is written on the bar or tile. */
  readonly shown: Pair;
}

export interface InfographicFacts {
  readonly title: Pair;
  readonly layout: 'tiles' | 'bars';
  /** Background, then the colour of tiles and bars, as 0xRRGGBB. */
  readonly colors: readonly [string, string];
  readonly items: readonly InfographicItem[];
}

// prettier-ignore
export const INFOGRAPHICS: readonly InfographicFacts[] = [
  {
    title: ['ММСО 2027 в цифрах', 'MIEF 2027 in numbers'], layout: 'tiles', colors: ['0x1d3557', '0x2a9d8f'],
    items: [
      { label: ['экспонентов', 'exhibitors'], value: 160, shown: ['160', '160'] },
      { label: ['событий форума', 'forum events'], value: 248, shown: ['248', '248'] },
      { label: ['регионов', 'regions'], value: 30, shown: ['30', '30'] },
      { label: ['посетителей — цель', 'visitors: the target'], value: 250000, shown: ['250 000', '250,000'] },
    ],
  },
  {
    title: ['Уровни образования', 'Levels of education'], layout: 'bars', colors: ['0x264653', '0xe9c46a'],
    items: [
      { label: ['Дошкольное', 'Preschool'], value: 1, shown: ['1–7 лет', 'ages 1–7'] },
      { label: ['Общее', 'School'], value: 2, shown: ['1–11 класс', 'grades 1–11'] },
      { label: ['Профессиональное (СПО)', 'Vocational'], value: 3, shown: ['колледж', 'college'] },
      { label: ['Высшее', 'Higher'], value: 4, shown: ['вуз', 'university'] },
      { label: ['Дополнительное', 'Supplementary'], value: 5, shown: ['всю жизнь', 'lifelong'] },
    ],
  },
  {
    title: ['Два этапа салона', 'Two phases of the fair'], layout: 'bars', colors: ['0x3d2c5e', '0xf4a261'],
    items: [
      { label: ['ММСО', 'MIEF'], value: 4, shown: ['26–29 апреля', '26–29 April'] },
      { label: ['ММСО: продолжение', 'MIEF: continuation'], value: 9, shown: ['30 апреля – 8 мая', '30 April – 8 May'] },
    ],
  },
  {
    title: ['Программы ММСО University', 'MIEF University programmes'], layout: 'bars', colors: ['0x283618', '0x90be6d'],
    items: [
      { label: ['Интенсив', 'Intensive'], value: 16, shown: ['16 ч', '16 h'] },
      { label: ['Короткий курс', 'Short course'], value: 36, shown: ['36 ч', '36 h'] },
      { label: ['Курс', 'Course'], value: 72, shown: ['72 ч', '72 h'] },
      { label: ['Программа', 'Programme'], value: 144, shown: ['144 ч', '144 h'] },
    ],
  },
];
