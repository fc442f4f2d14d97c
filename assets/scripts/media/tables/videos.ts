/**
 * The six demo video presentations: what each says (title and captions, as [Russian, English])
 * and how it looks (an ffmpeg lavfi source and a chord). The seed gives each stand the one that
 * fits its exhibitor; `generateMedia.ts` renders them.
 */
import type { ExhibitorKind } from '@salon/shared';
import type { TopicCode } from '../../seed/dictionaries.ts';

type Pair = readonly [string, string];

export interface VideoFacts {
  readonly id: `presentation-${number}`;
  readonly title: Pair;
  /** Shown one after another at the bottom of the screen and repeated in the captions. */
  readonly cues: readonly Pair[];
  /** Exhibitors it suits: by kind, or by any of their topics. */
  readonly kinds: readonly ExhibitorKind[];
  readonly topics: readonly TopicCode[];
  /** A lavfi video graph that yields 640x360 frames at 24 fps (testsrc2 is cropped to hide its clock). */
  readonly source: string;
  /** Frequencies in Hz of the soft chord under the picture. */
  readonly chord: readonly number[];
}

// prettier-ignore
export const VIDEOS: readonly VideoFacts[] = [
  {
    id: 'presentation-1', title: ['Цифровая школа', 'Digital school'],
    cues: [
      ['Журнал, задания и библиотека в одном окне', 'Gradebook, tasks and library in one window'],
      ['Учитель видит прогресс каждого ученика', 'Teachers see every student’s progress'],
      ['Пробный доступ для школ — на нашем стенде', 'Trial access for schools at our stand'],
    ],
    kinds: [], topics: ['digital', 'edtech'],
    source: 'gradients=s=640x360:r=24:c0=0x1d3557:c1=0x457b9d:c2=0x2a9d8f:nb_colors=3:speed=0.02:seed=7',
    chord: [261.63, 329.63, 392.0],
  },
  {
    id: 'presentation-2', title: ['Лаборатория идей', 'Idea lab'],
    cues: [
      ['Проекты, кружки и исследования', 'Projects, clubs and research'],
      ['От идеи до защиты проекта за семестр', 'From an idea to a defence in one term'],
      ['Наставники из вузов и компаний', 'Mentors from universities and companies'],
      ['Приходите на открытый урок', 'Come to our open lesson'],
    ],
    kinds: [], topics: ['school', 'supplementary', 'edtech'],
    source: 'testsrc2=s=800x450:r=24,crop=640:360:160:90,hue=h=t*30:s=0.5,eq=brightness=-0.15',
    chord: [174.61, 220.0, 261.63],
  },
  {
    id: 'presentation-3', title: ['Наука и университет', 'Science and university'],
    cues: [
      ['Бакалавриат, магистратура, аспирантура', 'Bachelor’s, master’s and doctoral study'],
      ['Лаборатории и проекты с индустрией', 'Laboratories and projects with industry'],
      ['Онлайн-день открытых дверей 28 апреля', 'Online open day on 28 April'],
    ],
    kinds: [], topics: ['higher'],
    source: 'mandelbrot=s=640x360:r=24:maxiter=200,hue=s=0.55,eq=brightness=-0.12',
    chord: [220.0, 261.63, 329.63],
  },
  {
    id: 'presentation-4', title: ['Растём вместе', 'Growing together'],
    cues: [
      ['Детский сад, школа и семья — одна команда', 'Kindergarten, school and family: one team'],
      ['Каждый ребёнок учится в своём темпе', 'Every child learns at their own pace'],
      ['Инклюзивная среда и помощь специалистов', 'An inclusive setting and specialist help'],
    ],
    kinds: [], topics: ['preschool', 'upbringing', 'inclusive'],
    source:
      'life=s=160x90:r=24:mold=10:ratio=0.12:seed=3:life_color=0x8fd694:death_color=0x1b4332:mold_color=0x2d6a4f,scale=640:360:flags=neighbor',
    chord: [196.0, 246.94, 293.66],
  },
  {
    id: 'presentation-5', title: ['Профессии будущего', 'Careers of the future'],
    cues: [
      ['Колледжи и работодатели учат вместе', 'Colleges and employers teach together'],
      ['Профессиональные пробы для школьников', 'Job tasters for school students'],
      ['Учителя осваивают новые компетенции', 'Teachers master new skills'],
      ['Демоэкзамен по стандартам отрасли', 'Demo exams to industry standards'],
    ],
    kinds: [], topics: ['vocational', 'teacher'],
    source:
      'cellauto=s=160x90:r=24:rule=30:scroll=1:seed=5,scale=640:360:flags=neighbor,gblur=sigma=3,lutrgb=r=60+val*0.6:g=30+val*0.35:b=20+val*0.1',
    chord: [146.83, 185.0, 220.0],
  },
  {
    id: 'presentation-6', title: ['Регион, который учится', 'A region that learns'],
    cues: [
      ['Новые школы, детские сады и технопарки', 'New schools, kindergartens and technoparks'],
      ['Поддержка учителей и наставничество', 'Support and mentoring for teachers'],
      ['Образование, открытое каждому жителю', 'Education open to every resident'],
    ],
    kinds: ['regionalSystem'], topics: [],
    source:
      'sierpinski=s=640x360:r=24:seed=4:jump=1:type=carpet,gblur=sigma=2,lutrgb=r=40+val*0.35:g=20+val*0.2:b=70+val*0.45',
    chord: [164.81, 196.0, 246.94],
  },
];
